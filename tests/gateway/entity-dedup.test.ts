/** The gateway sends a subgraph each entity once, however often it occurs in the answer. */
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { useHub } from "../hub-hooks.js";
import { FIXTURES } from "../shared-data.js";

describe("entity representations, deduplicated", () => {
  const hub = useHub({}, { subgraphs: ["un-votes", "alliance"] });
  beforeAll(async () => {
    await importUnVotes(hub().stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), { progress: null });
  });

  it("sends the alliance each country once per fetch, where the matrix names it up to three times", async () => {
    // The planner fetches the `a` side and the `b` side separately: six occurrences of three countries each.
    const calls = vi.spyOn(
      hub().gateway.dataSources.get("alliance") as unknown as { call: (request: { variables?: { representations?: { code: string }[] } }) => Promise<unknown> },
      "call",
    );
    const result = await hub().query(
      `{ generalAssemblyVoting(memberCodes: ["USA", "GBR", "FRA", "NAM"]) { agreementMatrix { edges { node { a { code aodMembership { status } } b { code aodMembership { status } } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const dyads = result.data.generalAssemblyVoting.agreementMatrix.edges.map((edge: any) => edge.node);
    expect(dyads.map((d: any) => `${d.a.code}-${d.b.code}`)).toEqual(["USA-GBR", "USA-FRA", "USA-NAM", "GBR-FRA", "GBR-NAM", "FRA-NAM"]);
    for (const dyad of dyads) for (const side of [dyad.a, dyad.b]) expect(side.aodMembership).toEqual({ status: "NOT_A_MEMBER" });
    const sent = calls.mock.calls.map(([request]) => request.variables!.representations!.map((r) => r.code).sort());
    expect(sent.sort()).toEqual([
      ["FRA", "GBR", "NAM"],
      ["FRA", "GBR", "USA"],
    ]);
  });
});
