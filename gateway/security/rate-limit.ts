/**
 * Per-client rate limits at the gateway: a token bucket per client (the token's subject when the
 * request carries a verified token, the address otherwise) that refills at `perSecond` and holds
 * at most `burst`. A client past its budget gets 429 with Retry-After before its body is read,
 * so a flood costs the hub almost nothing. Buckets of the least recently seen clients are
 * dropped past `maxClients`, which bounds memory whatever the number of addresses.
 */
import { LRUCache } from "lru-cache";

export type RateLimitSettings = { perSecond: number; burst: number };
export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

export class RateLimiter {
  private readonly buckets: LRUCache<string, Bucket>;

  constructor(
    private readonly settings: RateLimitSettings,
    maxClients = 10_000,
  ) {
    this.buckets = new LRUCache({ max: maxClients });
  }

  take(client: string, now = Date.now()): Admission {
    const { perSecond, burst } = this.settings;
    const bucket = this.buckets.get(client) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
  }
}
