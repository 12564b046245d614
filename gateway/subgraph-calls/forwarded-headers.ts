/**
 * HUB_FORWARD_HEADERS: client headers the gateway passes on to every subgraph call, for
 * deployments whose subgraphs read them (a token a subgraph checks itself, a tenant id). None
 * by default. Headers the hub sets itself, or that describe the connection rather than the
 * request, cannot be listed: forwarding them would let a client speak for the gateway.
 */
import type http from "node:http";
import { ConfigError, type Env } from "../../subgraphs/platform/config.js";
import { CLAIMS_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, NONCE_HEADER } from "../../subgraphs/platform/request-signing.js";
import { TIMEOUT_HEADER } from "../../subgraphs/platform/deadline.js";

const VARIABLE = "HUB_FORWARD_HEADERS";
const RESERVED = new Set([
  CLAIMS_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  NONCE_HEADER,
  TIMEOUT_HEADER,
  "x-request-id",
  "host",
  "connection",
  "keep-alive",
  "content-length",
  "content-type",
  "content-encoding",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "accept",
  "accept-encoding",
  "expect",
]);

export function readForwardedHeaders(env: Env): string[] {
  const value = env[VARIABLE]?.trim();
  if (!value) return [];
  const names = value.split(",").map((name) => name.trim().toLowerCase());
  for (const name of names) {
    if (!/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
      throw new ConfigError(VARIABLE, "invalid", `expected a comma-separated list of header names, received "${value}"`);
    }
    if (RESERVED.has(name)) {
      throw new ConfigError(VARIABLE, "invalid", `"${name}" is set by the gateway itself or describes the connection, and cannot be forwarded`);
    }
  }
  return [...new Set(names)];
}

/** The listed headers a client sent, as the subgraph call will carry them. */
export function pickForwardedHeaders(names: readonly string[], headers: http.IncomingHttpHeaders): Record<string, string> | undefined {
  if (names.length === 0) return undefined;
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headers[name];
    if (value !== undefined) picked[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return picked;
}
