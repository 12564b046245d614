/** Expanding a deduplicated subgraph answer back over every occurrence (gateway/subgraph-calls/entity-dedup.ts), without a server. */
import { describe, expect, it } from "vitest";
import { deduplicateRepresentations } from "../../gateway/subgraph-calls/entity-dedup.js";

describe("deduplicated representations, expanded", () => {
  const reps = [
    { __typename: "Country", code: "A" },
    { __typename: "Country", code: "B" },
    { __typename: "Country", code: "A" },
  ];

  it("spreads the answer back over every occurrence, an entity's errors included", () => {
    const deduplicated = deduplicateRepresentations(reps)!;
    expect(deduplicated.representations).toEqual([reps[0], reps[1]]);
    const expanded = deduplicated.expand({ data: { _entities: [{ x: 1 }, null] }, errors: [{ message: "b failed", path: ["_entities", 1, "x"] }] });
    expect(expanded).toEqual({ data: { _entities: [{ x: 1 }, null, { x: 1 }] }, errors: [{ message: "b failed", path: ["_entities", 1, "x"] }] });
    // As the subgraph would have answered three representations: A's error at both of A's places, in order.
    const errorsOnA = deduplicated.expand({
      data: { _entities: [null, { x: 2 }] },
      errors: [{ message: "other" }, { message: "a failed", path: ["_entities", 0] }],
    });
    expect(errorsOnA.errors).toEqual([{ message: "other" }, { message: "a failed", path: ["_entities", 0] }, { message: "a failed", path: ["_entities", 2] }]);
    expect(deduplicated.expand({ data: null, errors: [{ message: "down" }] })).toEqual({ data: null, errors: [{ message: "down" }] });
    expect(deduplicateRepresentations([{ code: "A" }, { code: "B" }])).toBeNull();
  });

  it("never turns a short or long answer into one of the length Apollo Gateway expects", () => {
    const deduplicated = deduplicateRepresentations(reps)!;
    // One entity for two distinct representations: Apollo Gateway's own count check (3 expected) must fire.
    expect(deduplicated.expand({ data: { _entities: [{ x: 1 }] } }).data!._entities).toHaveLength(1);
    // Three entities for two representations would pass that check by accident: handed on as two.
    expect((deduplicated.expand({ data: { _entities: [{ x: 1 }, { x: 2 }, { x: 3 }] } }).data!._entities as unknown[]).length).not.toBe(3);
    // Not a list at all: as it came, for Apollo Gateway's "to be an array" check.
    const notAList = { data: { _entities: { x: 1 } } };
    expect(deduplicated.expand(notAList)).toBe(notAList);
  });
});
