import { describe, expect, it } from "vitest";
import { hitAtOne, mean, precisionAt, recallAt } from "./metrics.js";

describe("ranking figures of the overlaps evaluation", () => {
  const ranked = { returned: ["a", "x", "b", "y", "z", "c"], expected: ["a", "b", "c"] };

  it("counts expected matches among the first k, over k for precision and over the expected for recall", () => {
    expect(precisionAt(5, ranked)).toBe(2 / 5);
    expect(recallAt(5, ranked)).toBe(2 / 3);
    expect(recallAt(6, ranked)).toBe(1);
    expect(hitAtOne(ranked)).toBe(1);
    expect(hitAtOne({ returned: ["x", "a"], expected: ["a"] })).toBe(0);
    expect(hitAtOne({ returned: [], expected: ["a"] })).toBe(0);
  });

  it("refuses a plan without expectations rather than scoring it", () => {
    expect(() => recallAt(5, { returned: ["a"], expected: [] })).toThrow(/at least one expected/);
    expect(mean([])).toBe(0);
    expect(mean([0.5, 1])).toBe(0.75);
  });
});
