import { readAuthMode, type AuthMode } from "../shared/auth.js";
import { httpUrl, port, positiveInteger, type Env } from "../platform/config.js";

export type OverlapsSettings = { gatewayUrl: string; refreshSeconds: number; authMode: AuthMode };

/**
 * HUB_OVERLAPS_GATEWAY_URL: where to read the hub's bodies and activities (the gateway; `npm start`
 * tells the subgraph the real address once the gateway listens). HUB_OVERLAPS_REFRESH_SECONDS: how
 * often to read them again. HUB_AUTH_MODE: who may ask for a refresh now (the secretariat).
 */
export function readOverlapsSettings(env: Env = process.env): OverlapsSettings {
  return {
    gatewayUrl: httpUrl(env, "HUB_OVERLAPS_GATEWAY_URL", `http://127.0.0.1:${port(env, "HUB_GATEWAY_PORT", 4000)}/graphql`),
    refreshSeconds: positiveInteger(env, "HUB_OVERLAPS_REFRESH_SECONDS", 300, "seconds"),
    authMode: readAuthMode(env),
  };
}
