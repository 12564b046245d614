/**
 * Group voting through the gateway, for bodies whose membership another subgraph owns (the
 * gateway fetches the member codes there and hands them to un-votes via @requires) and for an
 * explicit list. On the mini fixture only USA, GBR and FRA of the D-10 and USA and GBR of the
 * Governing Council ever voted (see tests/un-votes/group-voting.test.ts for the table):
 * - D-10 (USA GBR FRA): AI per roll call 0.5, 1, 0.5, 0, 0.5 → cohesion 2.5 / 5 = 0.5;
 * - Governing Council (USA GBR): 1, 1, 0.25, 0.25, 0.25 → 2.75 / 5 = 0.55 (two members who split
 *   cast 1 vote of 2 alike: (1 − ½) / 2 = 0.25).
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { useHub } from "../hub-hooks.js";
import { FIXTURES } from "../shared-data.js";

describe("group voting through the gateway", () => {
  const hub = useHub();

  beforeAll(async () => {
    await importUnVotes(hub().stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), { progress: null });
  });

  it("analyses the D-10 and the CoD Governing Council in one query, each from its own subgraph's membership", async () => {
    const result = await hub().query(`{
      d10 { memberCodes generalAssemblyVoting { countedRollCallCount cohesion defections { country { code name } defectionCount } } }
      communityOfDemocracies { generalAssemblyVoting(session: 55) { cohesion countedRollCallCount } all: generalAssemblyVoting { cohesion } }
      alliance { memberCodes generalAssemblyVoting { cohesion } }
    }`);
    expect(result.errors).toBeUndefined();
    const d10 = result.data.d10;
    expect(d10.memberCodes).toEqual(["AUS", "CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "KOR", "USA"]);
    expect(d10.generalAssemblyVoting.countedRollCallCount).toBe(5);
    expect(d10.generalAssemblyVoting.cohesion).toBeCloseTo(0.5, 12);
    // Positions YES, NO, YES, none (tie), YES: GBR defected on rc 3 and 5, FRA on rc 1.
    expect(d10.generalAssemblyVoting.defections.filter((d: any) => d.defectionCount > 0)).toEqual([
      { country: { code: "GBR", name: "United Kingdom" }, defectionCount: 2 },
      { country: { code: "FRA", name: "France" }, defectionCount: 1 },
    ]);
    expect(result.data.communityOfDemocracies.generalAssemblyVoting).toEqual({ cohesion: 1, countedRollCallCount: 2 });
    expect(result.data.communityOfDemocracies.all.cohesion).toBeCloseTo(0.55, 12);
    // The Alliance has no members yet: nothing to analyse.
    expect(result.data.alliance).toEqual({ memberCodes: [], generalAssemblyVoting: null });
  });

  it("gives the same answer for an explicit list as for the body", async () => {
    const result = await hub()
      .query(`{ generalAssemblyVoting(memberCodes: ["AUS", "CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "KOR", "USA"]) { cohesion countedRollCallCount
      agreementMatrix { edges { node { a { code } b { code } agreement rollCallCount } } } coincidence(referenceCountryCode: "USA") { country { code } coincidence } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.generalAssemblyVoting.cohesion).toBeCloseTo(0.5, 12);
    const usaGbr = result.data.generalAssemblyVoting.agreementMatrix.edges.map((e: any) => e.node).find((d: any) => d.a.code === "GBR" && d.b.code === "USA");
    expect(usaGbr).toEqual({ a: { code: "GBR" }, b: { code: "USA" }, agreement: 0.6, rollCallCount: 5 });
    // Members that never voted compare with nothing.
    const aus = result.data.generalAssemblyVoting.coincidence.find((c: any) => c.country.code === "AUS");
    expect(aus).toEqual({ country: { code: "AUS" }, coincidence: null });
  });

  it("answers generalAssemblyVoting on the Body interface for every kind of body, by id", async () => {
    const result = await hub().query(`{
      d10: body(id: "d10") { __typename memberCodes generalAssemblyVoting { cohesion countedRollCallCount } }
      g7: body(id: "g7") { __typename memberCodes generalAssemblyVoting { memberCodes countedRollCallCount } }
      summit: body(id: "summit-for-democracy") { memberCodes generalAssemblyVoting { cohesion } }
      direct: d10 { generalAssemblyVoting { cohesion countedRollCallCount } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.d10.__typename).toBe("D10");
    expect(result.data.d10.generalAssemblyVoting).toEqual(result.data.direct.generalAssemblyVoting);
    expect(result.data.g7).toMatchObject({
      __typename: "AssociatedBody",
      generalAssemblyVoting: { memberCodes: ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"] },
    });
    // The Summit's invitees are not recorded: no members, nothing to analyse.
    expect(result.data.summit).toEqual({ memberCodes: [], generalAssemblyVoting: null });
  });
});
