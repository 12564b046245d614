/**
 * The overlaps subgraph's long-lived services, built once per open store when the subgraph starts
 * (the process, or a test): its settings, the client that reads the hub through the gateway, and
 * the engine over the store and the hub snapshot that client reads.
 */
import type { Env } from "../platform/config.js";
import { HubGatewayClient } from "../platform/hub-gateway.js";
import { OverlapsEngine } from "./analytics/engine.js";
import { HubSnapshot } from "./hub-snapshot.js";
import { readOverlapsSettings, type OverlapsSettings } from "./settings.js";
import type { OverlapsStore } from "./store.js";

export type OverlapsServices = {
  store: OverlapsStore;
  settings: OverlapsSettings;
  hubGateway: HubGatewayClient;
  engine: OverlapsEngine;
  close: () => Promise<void>;
};

export function createOverlapsServices(store: OverlapsStore, env: Env = process.env): OverlapsServices {
  const settings = readOverlapsSettings(env);
  const hubGateway = new HubGatewayClient(settings.gatewayUrl);
  const engine = new OverlapsEngine(store, new HubSnapshot(hubGateway));
  return {
    store,
    settings,
    hubGateway,
    engine,
    async close() {
      engine.snapshot.stopInterval();
      await hubGateway.close();
    },
  };
}
