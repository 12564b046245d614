/**
 * The alert settings, read once: where webhooks may go (HUB_WEBHOOK_ALLOW_HTTP,
 * HUB_WEBHOOK_ALLOWED_HOSTS), how delivery retries (HUB_WEBHOOK_RETRY_BASE_MS doubling per
 * attempt up to an hour, HUB_WEBHOOK_MAX_ATTEMPTS), and where a body's members are read
 * (HUB_UN_VOTES_GATEWAY_URL; `npm start` tells the subgraph the gateway's real address).
 */
import { readAuthMode, type AuthMode } from "../../shared/auth.js";
import { flag, httpUrl, optionalString, port, positiveInteger, type Env } from "../../platform/config.js";
import type { TargetPolicy } from "./targets.js";

export type AlertSettings = TargetPolicy & {
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  /** How often the outbox is looked at for events another process (`npm run import`) wrote. */
  pollMs: number;
  timeoutMs: number;
  gatewayUrl: string;
  authMode: AuthMode;
};

export function readAlertSettings(env: Env = process.env): AlertSettings {
  return {
    allowHttp: flag(env, "HUB_WEBHOOK_ALLOW_HTTP", false),
    allowedHosts: new Set(
      optionalString(env, "HUB_WEBHOOK_ALLOWED_HOSTS", "")
        .split(",")
        .map((host) =>
          host
            .trim()
            .toLowerCase()
            .replace(/^\[|\]$/g, ""),
        )
        .filter(Boolean),
    ),
    retryBaseMs: positiveInteger(env, "HUB_WEBHOOK_RETRY_BASE_MS", 10_000, "milliseconds"),
    retryMaxMs: 60 * 60 * 1000,
    maxAttempts: positiveInteger(env, "HUB_WEBHOOK_MAX_ATTEMPTS", 12, "attempts"),
    pollMs: positiveInteger(env, "HUB_WEBHOOK_POLL_MS", 2000, "milliseconds"),
    timeoutMs: positiveInteger(env, "HUB_WEBHOOK_TIMEOUT_MS", 10_000, "milliseconds"),
    gatewayUrl: httpUrl(env, "HUB_UN_VOTES_GATEWAY_URL", `http://127.0.0.1:${port(env, "HUB_GATEWAY_PORT", 4000)}/graphql`),
    authMode: readAuthMode(env),
  };
}

/** The wait before attempt `attempts + 1`: the base, doubled per failed attempt, at most retryMaxMs. */
export function backoffMs(settings: Pick<AlertSettings, "retryBaseMs" | "retryMaxMs">, attempts: number): number {
  return Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.max(0, attempts - 1));
}
