/** The gateway sends a subgraph each entity once, however often it occurs in the answer. */
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { deduplicateRepresentations } from "../../gateway/entity-dedup.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { useHub } from "../hub-hooks.js";
import { FIXTURES } from "../shared-data.js";

describe("entity representations, deduplicated", () => {
  const hub = useHub();
  beforeAll(async () => {
    await importUnVotes(hub().stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), { progress: null });
  });

  it("sends the alliance each country once per fetch, where the matrix names it up to three times", async () => {
    // The planner fetches the `a` side and the `b` side separately: six occurrences of three countries each.
    const calls = vi.spyOn(hub().gateway.dataSources.get("alliance") as unknown as { call: (request: { variables?: { representations?: { code: string }[] } }) => Promise<unknown> }, "call");
    const result = await hub().query(`{ groupVoting(codes: ["USA", "GBR", "FRA", "NAM"]) { agreementMatrix { a { code aodMembership { status } } b { code aodMembership { status } } } } }`);
    expect(result.errors).toBeUndefined();
    const dyads = result.data.groupVoting.agreementMatrix;
    expect(dyads.map((d: any) => `${d.a.code}-${d.b.code}`)).toEqual(["USA-GBR", "USA-FRA", "USA-NAM", "GBR-FRA", "GBR-NAM", "FRA-NAM"]);
    for (const dyad of dyads) for (const side of [dyad.a, dyad.b]) expect(side.aodMembership).toEqual({ status: "NOT_A_MEMBER" });
    const sent = calls.mock.calls.map(([request]) => request.variables!.representations!.map((r) => r.code).sort());
    expect(sent.sort()).toEqual([["FRA", "GBR", "NAM"], ["FRA", "GBR", "USA"]]);
  });

  it("spreads the answer back over every occurrence and reports an entity's error at its first one", () => {
    const reps = [{ __typename: "Country", code: "A" }, { __typename: "Country", code: "B" }, { __typename: "Country", code: "A" }];
    const deduplicated = deduplicateRepresentations(reps)!;
    expect(deduplicated.representations).toEqual([reps[0], reps[1]]);
    const expanded = deduplicated.expand({ data: { _entities: [{ x: 1 }, null] }, errors: [{ message: "b failed", path: ["_entities", 1, "x"] }] });
    expect(expanded).toEqual({ data: { _entities: [{ x: 1 }, null, { x: 1 }] }, errors: [{ message: "b failed", path: ["_entities", 1, "x"] }] });
    expect(deduplicated.expand({ data: null, errors: [{ message: "down" }] })).toEqual({ data: null, errors: [{ message: "down" }] });
    expect(deduplicateRepresentations([{ code: "A" }, { code: "B" }])).toBeNull();
  });
});
