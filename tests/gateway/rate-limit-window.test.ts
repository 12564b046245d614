/** The gateway's per-client token bucket. */
import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../gateway/security/rate-limit.js";

describe("rate limiter", () => {
  it("lets a burst through, then one request per refill, each client on its own", () => {
    const limiter = new RateLimiter({ perSecond: 2, burst: 3 });
    const at = (ms: number, client = "a") => limiter.take(client, 1_000_000 + ms);
    expect([at(0), at(1), at(2)].every((a) => a.allowed)).toBe(true);
    expect(at(3)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(at(4, "b").allowed).toBe(true);
    // Half a second refills one token at 2 a second.
    expect(at(510).allowed).toBe(true);
    expect(at(520).allowed).toBe(false);
  });

  it("forgets the least recently seen clients past its bound", () => {
    const limiter = new RateLimiter({ perSecond: 1, burst: 1 }, 2);
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("c", 0);
    // "a" was dropped: it starts again with a full bucket.
    expect(limiter.take("a", 0).allowed).toBe(true);
  });
});
