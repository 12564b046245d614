/**
 * Every measure checked against values worked out by hand on the mini fixture. Its votes
 * (Y yes, N no, A abstain, - absent), members USA GBR FRA NAM and XWG:
 *
 *   rc  session  USA GBR FRA NAM XWG   group G = USA GBR FRA NAM: Y N A  AI     position
 *   1   55       Y   Y   N   A   -                                 2 1 1  0.25   YES
 *   2   55       N   N   N   Y   N                                 1 3 0  0.625  NO
 *   3   56       Y   A   Y   Y   -                                 3 0 1  0.625  YES
 *   4   56       Y   N   A   -   -                                 1 1 1  0      none (tie)
 *   5   56       Y   A   Y   A   Y                                 2 0 2  0.25   none (tie)
 *
 * AI = (max − ½(total − max)) / total. Cohesion = mean AI = 1.75 / 5 = 0.35;
 * session 55: (0.25 + 0.625) / 2 = 0.4375; session 56: (0.625 + 0 + 0.25) / 3 = 0.291666…
 * Defections from the position: NAM on rc 1 and 2, FRA on rc 1, GBR on rc 3.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { postGraphQL } from "../harness.js";
import { useSubgraph } from "../hub-hooks.js";
import { FIXTURES } from "../shared-data.js";

describe("group voting on the mini fixture", () => {
  const subgraph = useSubgraph("un-votes");
  const query = (q: string, variables?: Record<string, unknown>) => postGraphQL(subgraph().url, q, variables);
  const G = ["USA", "GBR", "FRA", "NAM"];

  beforeAll(async () => {
    await importUnVotes(subgraph().store, path.join(FIXTURES, "unvotes-mini"), { progress: null });
  });

  it("counts what is held", async () => {
    const result = await query(`{ unVotesStats { rollCallCount voteCount issueTagCount countryCount } }`);
    expect(result.data.unVotesStats).toEqual({ rollCallCount: 5, voteCount: 21, issueTagCount: 5, countryCount: 5 });
  });

  it("computes cohesion overall and per session", async () => {
    const result = await query(
      `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes) { countedRollCallCount cohesion cohesionBySession { session cohesion countedRollCallCount } } }`,
      { codes: G },
    );
    const gv = result.data.generalAssemblyVoting;
    expect(gv.countedRollCallCount).toBe(5);
    expect(gv.cohesion).toBeCloseTo(0.35, 12);
    expect(gv.cohesionBySession).toHaveLength(2);
    expect(gv.cohesionBySession[0]).toMatchObject({ session: 55, countedRollCallCount: 2 });
    expect(gv.cohesionBySession[0].cohesion).toBeCloseTo(0.4375, 12);
    expect(gv.cohesionBySession[1]).toMatchObject({ session: 56, countedRollCallCount: 3 });
    expect(gv.cohesionBySession[1].cohesion).toBeCloseTo(0.875 / 3, 12);
    const session56 = await query(`query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes, session: 56) { cohesion countedRollCallCount } }`, {
      codes: G,
    });
    expect(session56.data.generalAssemblyVoting.countedRollCallCount).toBe(3);
    const datesOnly = await query(
      `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes, from: "2000-02-01", to: "2001-01-31") { cohesion countedRollCallCount } }`,
      { codes: G },
    );
    expect(datesOnly.data.generalAssemblyVoting).toEqual({ cohesion: 0.625, countedRollCallCount: 2 });
  });

  it("gives the group's position and Agreement Index on each roll call, paged", async () => {
    const result = await query(
      `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes) { positions(first: 3) { totalCount edges { node { rollCall { id } position yes no abstain agreementIndex } } pageInfo { hasNextPage endCursor } } } }`,
      { codes: G },
    );
    const positions = result.data.generalAssemblyVoting.positions;
    expect(positions.totalCount).toBe(5);
    expect(positions.edges.map((e: any) => e.node)).toEqual([
      { rollCall: { id: "1" }, position: "YES", yes: 2, no: 1, abstain: 1, agreementIndex: 0.25 },
      { rollCall: { id: "2" }, position: "NO", yes: 1, no: 3, abstain: 0, agreementIndex: 0.625 },
      { rollCall: { id: "3" }, position: "YES", yes: 3, no: 0, abstain: 1, agreementIndex: 0.625 },
    ]);
    const rest = await query(
      `query ($codes: [String!]!, $after: String) { generalAssemblyVoting(memberCodes: $codes) { positions(after: $after) { edges { node { rollCall { id } position agreementIndex } } pageInfo { hasNextPage } } } }`,
      { codes: G, after: positions.pageInfo.endCursor },
    );
    expect(rest.data.generalAssemblyVoting.positions.edges.map((e: any) => e.node)).toEqual([
      { rollCall: { id: "4" }, position: null, agreementIndex: 0 },
      { rollCall: { id: "5" }, position: null, agreementIndex: 0.25 },
    ]);
  });

  it("finds each member's defections from the group's position", async () => {
    const result = await query(
      `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes) { defections { country { code } defectionCount rollCalls { edges { node { id } } } } } }`,
      { codes: G },
    );
    const flat = (defections: any[]) =>
      defections.map((d) => ({ country: d.country, count: d.defectionCount, rollCalls: d.rollCalls.edges.map((e: any) => e.node) }));
    expect(flat(result.data.generalAssemblyVoting.defections)).toEqual([
      { country: { code: "NAM" }, count: 2, rollCalls: [{ id: "2" }, { id: "1" }] },
      { country: { code: "FRA" }, count: 1, rollCalls: [{ id: "1" }] },
      { country: { code: "GBR" }, count: 1, rollCalls: [{ id: "3" }] },
      { country: { code: "USA" }, count: 0, rollCalls: [] },
    ]);
  });

  it("breaks each member's defections down by session and issue, and gives its vote and the group's position on each", async () => {
    // NAM: rc 1 (session 55, hr) abstained against YES, rc 2 (55; nu, di) yes against NO, rc 3 (56, hr) with the group.
    // GBR: with the group on rc 1 and 2, abstained against YES on rc 3 (56, hr). Rc 4 and 5 have no position.
    const result = await query(
      `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes) { defections {
        country { code } bySession { session comparedRollCallCount defectionCount defectionShare }
        byIssue { issue comparedRollCallCount defectionCount }
        votes { nodes { rollCall { id } vote groupPosition } }
        humanRights: votes(issue: HUMAN_RIGHTS, first: 1) { totalCount nodes { rollCall { id } } } } } }`,
      { codes: G },
    );
    expect(result.errors).toBeUndefined();
    const byCode = new Map(result.data.generalAssemblyVoting.defections.map((entry: any) => [entry.country.code, entry]));
    expect(byCode.get("NAM")).toEqual({
      country: { code: "NAM" },
      bySession: [
        { session: 55, comparedRollCallCount: 2, defectionCount: 2, defectionShare: 1 },
        { session: 56, comparedRollCallCount: 1, defectionCount: 0, defectionShare: 0 },
      ],
      byIssue: [
        { issue: "NUCLEAR_WEAPONS", comparedRollCallCount: 1, defectionCount: 1 },
        { issue: "ARMS_CONTROL", comparedRollCallCount: 1, defectionCount: 1 },
        { issue: "HUMAN_RIGHTS", comparedRollCallCount: 2, defectionCount: 1 },
      ],
      votes: {
        nodes: [
          { rollCall: { id: "2" }, vote: "YES", groupPosition: "NO" },
          { rollCall: { id: "1" }, vote: "ABSTAIN", groupPosition: "YES" },
        ],
      },
      humanRights: { totalCount: 1, nodes: [{ rollCall: { id: "1" } }] },
    });
    expect((byCode.get("GBR") as any).bySession).toEqual([
      { session: 55, comparedRollCallCount: 2, defectionCount: 0, defectionShare: 0 },
      { session: 56, comparedRollCallCount: 1, defectionCount: 1, defectionShare: 1 },
    ]);
    expect((byCode.get("GBR") as any).votes.nodes).toEqual([{ rollCall: { id: "3" }, vote: "ABSTAIN", groupPosition: "YES" }]);
  });

  it("gives a state's votes and its agreement with another by session", async () => {
    // NAM: rc 1 A, rc 2 Y (session 55); rc 3 Y, rc 5 A (56; absent on rc 4). USA: Y N | Y Y Y.
    const result = await query(`{ country(code: "NAM") { votesBySession { session rollCallCount yes no abstain }
      agreement(withCountryCode: "USA") { rollCallCount bySession { session rollCallCount agreement coincidence } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.country.votesBySession).toEqual([
      { session: 55, rollCallCount: 2, yes: 1, no: 0, abstain: 1 },
      { session: 56, rollCallCount: 3, yes: 1, no: 0, abstain: 1 },
    ]);
    // Session 55: A–Y partial, Y–N opposite: agreement 0.25, coincidence 0.25. Session 56: Y–Y same, A–Y partial: 0.75 and 0.75.
    expect(result.data.country.agreement).toEqual({
      rollCallCount: 4,
      bySession: [
        { session: 55, rollCallCount: 2, agreement: 0.25, coincidence: 0.25 },
        { session: 56, rollCallCount: 2, agreement: 0.75, coincidence: 0.75 },
      ],
    });
  });

  it("gives each member's defection share over the roll calls with a position it voted on, one member's entry on request, and the roll calls as nodes too", async () => {
    // Positions on rc 1, 2 and 3; every member voted on all three (NAM's absence is on rc 4, which has none).
    const all = await query(
      `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes) { defections { country { code } defectionCount comparedRollCallCount defectionShare } } }`,
      { codes: G },
    );
    expect(all.data.generalAssemblyVoting.defections.map((d: any) => [d.country.code, d.defectionCount, d.comparedRollCallCount, d.defectionShare])).toEqual([
      ["NAM", 2, 3, 2 / 3],
      ["FRA", 1, 3, 1 / 3],
      ["GBR", 1, 3, 1 / 3],
      ["USA", 0, 3, 0],
    ]);
    const nam = await query(
      `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes) { defections(countryCode: "nam") { country { code } rollCalls(first: 1) { totalCount nodes { id } edges { node { id } } pageInfo { hasNextPage } } } } }`,
      { codes: G },
    );
    expect(nam.errors).toBeUndefined();
    expect(nam.data.generalAssemblyVoting.defections).toEqual([
      { country: { code: "NAM" }, rollCalls: { totalCount: 2, nodes: [{ id: "2" }], edges: [{ node: { id: "2" } }], pageInfo: { hasNextPage: true } } },
    ]);
    const outsider = await query(
      `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes) { defections(countryCode: "DEU") { defectionCount } } }`,
      { codes: G },
    );
    expect(outsider.data.generalAssemblyVoting.defections).toEqual([]);
    const bad = await query(`query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes) { defections(countryCode: "QQQ") { defectionCount } } }`, {
      codes: G,
    });
    expect(bad.errors?.map((e: any) => [e.message, e.extensions.code])).toEqual([['countryCode: no country has the code "QQQ"', "BAD_USER_INPUT"]]);
  });

  it("computes the dyadic agreement matrix (both abstaining counts as agreement)", async () => {
    const result = await query(
      `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes) { agreementMatrix { totalCount edges { node { a { code } b { code } agreement rollCallCount } } nodes { a { code } b { code } agreement rollCallCount } } } }`,
      { codes: G },
    );
    const matrix = Object.fromEntries(
      result.data.generalAssemblyVoting.agreementMatrix.edges.map(({ node: d }: any) => [`${d.a.code}-${d.b.code}`, [d.agreement, d.rollCallCount]]),
    );
    // `nodes` is `edges { node }` without the cursors.
    expect(result.data.generalAssemblyVoting.agreementMatrix.nodes).toEqual(
      result.data.generalAssemblyVoting.agreementMatrix.edges.map((edge: any) => edge.node),
    );
    // USA–GBR: 1 + 1 + ½ + 0 + ½ over 5; GBR–NAM: ½ + 0 + ½ + 1 (both abstained) over 4.
    expect(matrix).toEqual({
      "USA-GBR": [0.6, 5],
      "USA-FRA": [0.7, 5],
      "USA-NAM": [0.5, 4],
      "GBR-FRA": [0.5, 5],
      "GBR-NAM": [0.5, 4],
      "FRA-NAM": [0.5, 4],
    });
  });

  it("computes voting coincidence the State Department way (both abstaining left out)", async () => {
    const result = await query(
      `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes) {
      usa: coincidence(referenceCountryCode: "USA") { country { code } coincidence same opposite partial bothAbstained }
      gbr: coincidence(referenceCountryCode: "GBR") { country { code } coincidence same opposite partial bothAbstained } } }`,
      { codes: G },
    );
    expect(result.data.generalAssemblyVoting.usa).toEqual([
      { country: { code: "USA" }, coincidence: 1, same: 5, opposite: 0, partial: 0, bothAbstained: 0 },
      { country: { code: "GBR" }, coincidence: 0.6, same: 2, opposite: 1, partial: 2, bothAbstained: 0 },
      { country: { code: "FRA" }, coincidence: 0.7, same: 3, opposite: 1, partial: 1, bothAbstained: 0 },
      { country: { code: "NAM" }, coincidence: 0.5, same: 1, opposite: 1, partial: 2, bothAbstained: 0 },
    ]);
    // NAM with GBR: partial (rc 1, 3), opposite (rc 2), both abstained (rc 5): (0 + ½·2) / 3.
    const nam = result.data.generalAssemblyVoting.gbr.find((c: any) => c.country.code === "NAM");
    expect(nam).toMatchObject({ same: 0, opposite: 1, partial: 2, bothAbstained: 1 });
    expect(nam.coincidence).toBeCloseTo(1 / 3, 12);
  });

  it("answers Country.agreement and Country.votes, with historical states under their own code", async () => {
    const result =
      await query(`{ country(code: "GBR") { agreement(withCountryCode: "NAM") { withCountry { code } agreement coincidence rollCallCount same bothAbstained partial opposite } }
      xwg: country(code: "XWG") { votes { totalCount edges { node { position rollCall { id } } } } } }`);
    expect(result.data.country.agreement).toMatchObject({
      withCountry: { code: "NAM" },
      agreement: 0.5,
      rollCallCount: 4,
      same: 0,
      bothAbstained: 1,
      partial: 2,
      opposite: 1,
    });
    expect(result.data.xwg.votes).toEqual({
      totalCount: 2,
      edges: [{ node: { position: "NO", rollCall: { id: "2" } } }, { node: { position: "YES", rollCall: { id: "5" } } }],
    });
  });

  it("lists roll calls with filters and cursor pagination, totals and votes", async () => {
    const page1 = await query(`{ rollCalls(first: 2) { totalCount edges { cursor node { id issues } } pageInfo { hasNextPage endCursor } } }`);
    const conn = page1.data.rollCalls;
    expect(conn.totalCount).toBe(5);
    expect(conn.edges.map((e: any) => [e.node.id, e.node.issues])).toEqual([
      ["1", ["HUMAN_RIGHTS"]],
      ["2", ["ARMS_CONTROL", "NUCLEAR_WEAPONS"]],
    ]);
    const page2 = await query(`query ($after: String) { rollCalls(first: 10, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`, {
      after: conn.pageInfo.endCursor,
    });
    expect(page2.data.rollCalls.edges.map((e: any) => e.node.id)).toEqual(["3", "4", "5"]);
    expect(page2.data.rollCalls.pageInfo.hasNextPage).toBe(false);

    const filtered = await query(
      `{ rollCalls(filter: { issue: HUMAN_RIGHTS, text: "defenders" }) { edges { node { id session date resolution important amendment paragraph yes no abstain } } } }`,
    );
    expect(filtered.data.rollCalls.edges).toEqual([
      {
        node: { id: "3", session: 56, date: "2001-01-10", resolution: "R/56/10", important: null, amendment: true, paragraph: null, yes: 3, no: 0, abstain: 1 },
      },
    ]);
    const byCountry = await query(`{ rollCalls(filter: { countryCode: "xwg" }) { totalCount } }`);
    expect(byCountry.data.rollCalls.totalCount).toBe(2);

    const votes = await query(
      `{ rollCall(id: "5") { votes(first: 2) { totalCount edges { node { country { code } position } } pageInfo { hasNextPage } } abstentions: votes(position: ABSTAIN) { edges { node { country { code } } } } } }`,
    );
    expect(votes.data.rollCall.votes).toEqual({
      totalCount: 5,
      edges: [{ node: { country: { code: "FRA" }, position: "YES" } }, { node: { country: { code: "GBR" }, position: "ABSTAIN" } }],
      pageInfo: { hasNextPage: true },
    });
    expect(votes.data.rollCall.abstentions.edges.map((e: any) => e.node.country.code)).toEqual(["GBR", "NAM"]);
  });

  it("builds the whip's sheet from the most similar precedents", async () => {
    const result = await query(
      `query ($codes: [String!]!) { whipSheet(input: { memberCodes: $codes, issues: [HUMAN_RIGHTS], similar: 2 }) {
      expectedPosition precedents { rollCall { id } score reasons groupPosition }
      members { country { code } predictedPosition confidence defectionRisk record { rollCall { id } position } }
      atRisk { country { code } defectionRisk } } }`,
      { codes: G },
    );
    const sheet = result.data.whipSheet;
    // rc 3 and rc 1 share the issue (Jaccard 1); ties go to the more recent.
    expect(sheet.precedents).toEqual([
      { rollCall: { id: "3" }, score: 1, reasons: ["shares issues: Human rights"], groupPosition: "YES" },
      { rollCall: { id: "1" }, score: 1, reasons: ["shares issues: Human rights"], groupPosition: "YES" },
    ]);
    expect(sheet.expectedPosition).toBe("YES");
    expect(sheet.members[0]).toEqual({
      country: { code: "USA" },
      predictedPosition: "YES",
      confidence: 1,
      defectionRisk: 0,
      record: [
        { rollCall: { id: "3" }, position: "YES" },
        { rollCall: { id: "1" }, position: "YES" },
      ],
    });
    // Equally similar, but rc 3 (session 56) is a session more recent than rc 1: weights 1 and 0.7.
    // GBR abstained on rc 3 and voted yes on rc 1: ABSTAIN, with 1/1.7 of its weight.
    expect(sheet.members[1]).toMatchObject({ predictedPosition: "ABSTAIN" });
    expect(sheet.members[1].confidence).toBeCloseTo(1 / 1.7, 10);
    expect(sheet.members[1].defectionRisk).toBeCloseTo(1 - 0.7 / 1.7, 10);
    // FRA (Y then N) and NAM (Y then A) are expected to vote yes, with 0.7/1.7 of their weight against it.
    expect(sheet.atRisk.map((m: any) => m.country.code)).toEqual(["GBR", "FRA", "NAM"]);
    expect(sheet.atRisk[1].defectionRisk).toBeCloseTo(0.7 / 1.7, 10);
    expect(sheet.atRisk[2].defectionRisk).toBeCloseTo(0.7 / 1.7, 10);
    const byText = await query(`{ whipSheet(input: { memberCodes: ["USA"], title: "nuclear tests", similar: 1 }) { precedents { rollCall { id } reasons } } }`);
    expect(byText.data.whipSheet.precedents).toEqual([{ rollCall: { id: "2" }, reasons: ["shares terms: nuclear, tests"] }]);
  });

  it("rejects bad arguments with what was expected", async () => {
    const errors = async (q: string) => (await query(q)).errors?.map((e: any) => [e.message, e.extensions.code]);
    expect(await errors(`{ generalAssemblyVoting(memberCodes: []) { cohesion } }`)).toEqual([
      ["memberCodes: expected at least one country code, received an empty list", "BAD_USER_INPUT"],
    ]);
    expect(await errors(`{ generalAssemblyVoting(memberCodes: ["USA", "QQQ"]) { cohesion } }`)).toEqual([
      ['memberCodes[1]: no country has the code "QQQ"', "BAD_USER_INPUT"],
    ]);
    expect(await errors(`{ generalAssemblyVoting(memberCodes: ["USA"], from: "2001-01-01", to: "2000-01-01") { cohesion } }`)).toEqual([
      ["from: expected a day on or before `to` (2000-01-01), received 2001-01-01", "BAD_USER_INPUT"],
    ]);
    expect(await errors(`{ rollCalls(first: 501) { totalCount } }`)).toEqual([
      ["first: expected a whole number from 0 to 500, received 501", "BAD_USER_INPUT"],
    ]);
    expect(await errors(`{ rollCalls(after: "bm9wZQ") { totalCount } }`)).toEqual([
      ['after: expected a cursor from this connection, received "bm9wZQ"', "BAD_USER_INPUT"],
    ]);
    expect(await errors(`{ whipSheet(input: { memberCodes: ["USA"] }) { expectedPosition } }`)).toEqual([
      ["input: expected a title, a text or issue tags to find precedents by, received none", "BAD_USER_INPUT"],
    ]);
  });
});
