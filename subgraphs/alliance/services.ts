/** The Alliance subgraph's services: its store and the settings read once when it starts. */
import type { Env } from "../platform/config.js";
import { readAllianceSettings, type AllianceSettings } from "./settings.js";
import type { AllianceStore } from "./store.js";

export type AllianceServices = { store: AllianceStore; settings: AllianceSettings };

export function createAllianceServices(store: AllianceStore, env: Env = process.env): AllianceServices {
  return { store, settings: readAllianceSettings(env) };
}
