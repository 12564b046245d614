/**
 * HUB_AUTH_MODE, read once at start by the gateway and by every subgraph, through this one
 * function: "none" (the default: every mutation refused), "jwt" (the gateway verifies bearer
 * tokens and signs what it forwards with HUB_SUBGRAPH_SECRET, which the subgraphs require), or
 * "development" (the client's own claims header trusted, with DEVELOPMENT_MODE_WARNING at start).
 */
import { ConfigError, oneOf, type Env } from "./config.js";
import { subgraphSecret } from "./service-config.js";

export type AuthMode = "development" | "jwt" | "none";

export function readAuthMode(env: Env): AuthMode {
  const value = oneOf<AuthMode>(env, "HUB_AUTH_MODE", ["none", "jwt", "development"], "none");
  if (value === "jwt" && !subgraphSecret(env)) {
    throw new ConfigError(
      "HUB_SUBGRAPH_SECRET",
      "not set",
      "HUB_AUTH_MODE=jwt needs a secret of at least 32 characters shared by the gateway, which signs what it forwards, and the subgraphs, which trust nothing else",
    );
  }
  return value;
}

/** Said at start-up by every service that trusts claims unverified (HUB_AUTH_MODE=development). */
export const DEVELOPMENT_MODE_WARNING =
  "WARNING: HUB_AUTH_MODE=development: claims in the x-hub-claims header are trusted as sent, by anyone. " +
  "Never use this mode where anyone but you can reach the hub.";
