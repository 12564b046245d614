/** The gateway's cost cache holds 2,000 keys: each must stay small whatever variables a client sends. */
import { describe, expect, it } from "vitest";
import { costCacheKey } from "../../gateway/security/limits.js";

describe("the cost cache key", () => {
  it("is a digest of bounded length, distinct for distinct operation names and variables", () => {
    const hash = "a".repeat(64);
    const huge = { s: "x".repeat(900 * 1024) };
    expect(costCacheKey(hash, "Q", huge).length).toBeLessThan(200);
    expect(costCacheKey(hash, "Q", huge)).toBe(costCacheKey(hash, "Q", { s: "x".repeat(900 * 1024) }));
    expect(costCacheKey(hash, "Q", huge)).not.toBe(costCacheKey(hash, "Q", { s: "y" + "x".repeat(900 * 1024 - 1) }));
    expect(costCacheKey(hash, "Q", { a: 1 })).not.toBe(costCacheKey(hash, "R", { a: 1 }));
    expect(costCacheKey(hash, undefined, undefined)).toBe(costCacheKey(hash, null, {}));
  });
});
