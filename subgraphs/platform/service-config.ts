import path from "node:path";
import { ConfigError, directory, optionalString, port, positiveInteger, type Env } from "./config.js";

export type SubgraphConfig = {
  host: string;
  port: number;
  portVariable: string;
  storeFile: string;
  maxBodyBytes: number;
  /** HUB_SUBGRAPH_SECRET: when set, only requests signed by the gateway are served. */
  signatureSecret: string | null;
};

/** HUB_SUBGRAPH_SECRET, shared by the gateway and the subgraphs: at least 32 characters, or none. */
export function subgraphSecret(env: Env): string | null {
  const secret = optionalString(env, "HUB_SUBGRAPH_SECRET", "");
  if (!secret) return null;
  if (secret.length < 32) throw new ConfigError("HUB_SUBGRAPH_SECRET", "invalid", `expected at least 32 characters, received ${secret.length}`);
  return secret;
}

/**
 * A subgraph's settings: HUB_HOST (bind address; loopback by default, so nothing is exposed
 * until an operator says so), HUB_<NAME>_PORT, and HUB_DATA_DIR (one SQLite file per subgraph).
 */
export function readSubgraphConfig(env: Env, subgraph: { name: string; envPrefix: string; defaultPort: number }): SubgraphConfig {
  const portVariable = `${subgraph.envPrefix}_PORT`;
  return {
    host: optionalString(env, "HUB_HOST", "127.0.0.1"),
    port: port(env, portVariable, subgraph.defaultPort),
    portVariable,
    storeFile: path.join(directory(env, "HUB_DATA_DIR", "var"), `${subgraph.name}.sqlite`),
    maxBodyBytes: positiveInteger(env, "HUB_SUBGRAPH_MAX_BODY_BYTES", 4 * 1024 * 1024, "bytes"),
    signatureSecret: subgraphSecret(env),
  };
}
