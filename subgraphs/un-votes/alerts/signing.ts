/**
 * Webhook signatures, the way GitHub and Stripe sign theirs: HMAC-SHA256 with the subscription's
 * secret over `<timestamp>.<body>`, sent as `X-Hub-Signature-256: sha256=<hex>` beside
 * `X-Hub-Timestamp` (Unix seconds). Signing the timestamp lets a receiver refuse old replays.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-hub-signature-256";
export const TIMESTAMP_HEADER = "x-hub-timestamp";
export const EVENT_ID_HEADER = "x-hub-event-id";

export function signature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does; the hub's tests use it too. `toleranceSeconds` bounds the age of a delivery. */
export function verifySignature(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signature(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A new subscription's secret when the whip gives none: 32 random bytes, hex. */
export function newSecret(): string {
  return randomBytes(32).toString("hex");
}
