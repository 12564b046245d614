/**
 * How subgraphs know a request comes from the gateway: the gateway signs the body, the verified
 * claims and a timestamp with a secret only it and the subgraphs share (HUB_SUBGRAPH_SECRET); a
 * subgraph refuses any GraphQL request without a valid, fresh signature. A client that reaches a
 * subgraph directly can therefore neither read through it nor forge claims.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-hub-signature";
export const TIMESTAMP_HEADER = "x-hub-timestamp";
export const CLAIMS_HEADER = "x-hub-claims";
/** How far a signed request's clock may be from the subgraph's. */
export const MAX_SKEW_MS = 60_000;

function mac(secret: string, timestamp: string, claims: string, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}\n${claims}\n${body}`).digest("hex");
}

export function signRequest(secret: string, claims: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: mac(secret, timestamp, claims, body) };
}

/** Null when the signature is valid; otherwise why not, for the 401 answer. */
export function signatureProblem(secret: string, headers: Record<string, string | string[] | undefined>, body: string, now = Date.now()): string | null {
  const one = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const signature = one(SIGNATURE_HEADER);
  const timestamp = one(TIMESTAMP_HEADER);
  if (!signature || !timestamp) return "expected a request signed by the gateway, received an unsigned one";
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > MAX_SKEW_MS) return "expected a fresh signature, received a stale or malformed timestamp";
  const expected = Buffer.from(mac(secret, timestamp, one(CLAIMS_HEADER) ?? "", body), "hex");
  const received = Buffer.from(signature, "hex");
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) return "expected a valid gateway signature, received one that does not match";
  return null;
}
