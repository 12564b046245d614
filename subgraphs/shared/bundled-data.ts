/**
 * The hub's own snapshot of the public data sets it imports, gzip-compressed beside the subgraph
 * that imports each (`subgraphs/<name>/data/`, with its licence and citation in NOTICE.md), so that
 * a fresh clone serves real data on first start, offline. A HUB_*_SOURCE setting overrides it.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { optionalString, type Env } from "../platform/config.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** subgraphs/shared in sources, dist/subgraphs/shared when compiled: the data stays in the source tree either way. */
const ROOT = path.basename(path.resolve(HERE, "../..")) === "dist" ? path.resolve(HERE, "../../..") : path.resolve(HERE, "../..");

export function bundledSnapshot(subgraph: string): string {
  return path.join(ROOT, "subgraphs", subgraph, "data");
}

export type StartupSource = { location: string; bundled: boolean };

/** What a store with no data imports on first start: the setting's source (HUB_*_SOURCE); the bundled snapshot when it is not set; nothing for `none`. */
export function startupSource(env: Env, variable: string, subgraph: string): StartupSource | null {
  const value = optionalString(env, variable, "");
  if (value === "none") return null;
  return value ? { location: value, bundled: false } : { location: bundledSnapshot(subgraph), bundled: true };
}
