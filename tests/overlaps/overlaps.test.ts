/**
 * Overlaps on the made-up COW fixture (tests/fixtures/cow-mini) and the seeded activities. Full
 * members in 2014: AAA {USA CAN GBR FRA}, BBB {USA CAN GBR} (+ FRA associate), CCC {SRB}
 * (Korea unmapped), DDD {GBR} (+ FRA observer). AAA–BBB: 3 shared of 4 → Jaccard 0.75; with
 * associates 4 of 4 → 1.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { similarity, TextModel } from "../../subgraphs/overlaps/analytics/activity-similarity.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import type { GraphQLResult } from "../harness.js";
import { useHub } from "../hub-hooks.js";
import { FIXTURES } from "../shared-data.js";

process.env.HUB_AUTH_MODE = "development";
const SECRETARIAT = JSON.stringify({ sub: "secretariat-1", roles: ["SECRETARIAT"] });

describe("activity similarity", () => {
  it("weighs topics, text, participants and time as documented", () => {
    const model = new TextModel(["alpha", "beta"]);
    const a = { title: "alpha", description: null, topics: ["civil society", "elections"], countryCodes: ["USA", "CAN"], startDate: "2018", endDate: "2020" };
    const b = { title: "beta", description: null, topics: ["civil society"], countryCodes: ["USA", "GBR"], startDate: "2019-05", endDate: null };
    const result = similarity(a, b, { a: model.vector(a.title), b: model.vector(b.title) });
    // 0.4 · ½ (topics) + 0.3 · 0 (no shared words) + 0.2 · ⅓ (participants) + 0.1 · 1 (periods overlap)
    expect(result.score).toBeCloseTo(0.2 + 0.2 / 3 + 0.1, 12);
    expect(result.reasons).toEqual(["topics in common: civil society (Jaccard 0.50)", "participants in common: 1 (Jaccard 0.33)", "their periods overlap"]);
  });
});

describe("overlaps through the gateway", () => {
  const hub = useHub({ HUB_AUTH_MODE: "development" });
  const query = (q: string, variables?: Record<string, unknown>) => hub().query(q, variables);

  beforeAll(async () => {
    const report = await importCowIgo(hub().stores.overlaps, path.join(FIXTURES, "cow-mini"), { progress: null });
    expect(report.notes).toEqual(['unmapped: column "korea" (Korea, COW KOR) matches no country the hub knows']);
    expect(report.rejected).toEqual([{ line: 7, reason: 'year: expected a year from 1800 to 2100, received "20x4"' }]);
    // The Alliance's own planned activity, recorded by the secretariat.
    const response = await fetch(hub().gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-claims": SECRETARIAT },
      body: JSON.stringify({
        query: `mutation { recordActivity(input: { kind: PROGRAMME, title: "Programme to protect civil society", description: "Support for civil society organisations under pressure", topics: ["civil society"], startDate: "2027", sourceTitle: "Fixture plan" }) { activity { id } userErrors { code } } }`,
      }),
    });
    const recorded = (await response.json()) as GraphQLResult;
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordActivity.userErrors).toEqual([]);
  });

  it("resolves every body by id through one interface, whoever owns it", async () => {
    const result = await query(`{
      registry: body(id: "cow:AAA") { __typename id name memberCodes members { code } activities { id } }
      d10: body(id: "d10") { __typename name memberCodes }
      g7: body(id: "g7") { __typename name memberCodes activities { id body { id } } }
      unknown: body(id: "cow:NOPE") { id }
      malformed: body(id: "nothing") { id }
      bodies(search: "cow:", first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.registry).toEqual({
      __typename: "RegistryOrganization",
      id: "cow:AAA",
      name: expect.any(String),
      memberCodes: ["CAN", "FRA", "GBR", "USA"],
      members: [{ code: "CAN" }, { code: "FRA" }, { code: "GBR" }, { code: "USA" }],
      activities: [],
    });
    expect(result.data.d10).toEqual({
      __typename: "D10",
      name: "D-10 Strategy Forum",
      memberCodes: ["AUS", "CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "KOR", "USA"],
    });
    expect(result.data.g7).toEqual({
      __typename: "AssociatedBody",
      name: "G7 (Group of Seven)",
      memberCodes: ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"],
      activities: [{ id: "g7:rapid-response-mechanism", body: { id: "g7" } }],
    });
    expect(result.data.unknown).toBeNull();
    expect(result.data.malformed).toBeNull();
    const page = result.data.bodies;
    expect(page.edges.map((e: any) => e.node.id)).toEqual(["cow:AAA", "cow:BBB"]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: page.totalCount > 2, hasPreviousPage: false });
    const next = await query(`query ($after: String) { bodies(search: "cow:", after: $after) { edges { node { id } } pageInfo { hasPreviousPage } } }`, {
      after: page.pageInfo.endCursor,
    });
    expect(next.data.bodies.edges[0].node.id).not.toBe("cow:BBB");
    expect(next.data.bodies.pageInfo.hasPreviousPage).toBe(true);
  });

  it("measures membership overlap of registry IGOs by year and level, and of hub bodies", async () => {
    const result = await query(`{
      full: membershipOverlap(aId: "cow:AAA", bId: "cow:BBB", year: 2014) { jaccard containmentAInB containmentBInA sizeA sizeB shared { code } onlyInA { code } onlyInB { code } }
      withAssociates: membershipOverlap(aId: "cow:AAA", bId: "cow:BBB", year: 2014, include: [ASSOCIATE]) { jaccard }
      yugoslavia: membershipOverlap(aId: "cow:CCC", bId: "cow:CCC", year: 2000) { shared { code } }
      serbia: membershipOverlap(aId: "cow:CCC", bId: "cow:CCC", year: 2014) { shared { code } }
      hub: membershipOverlap(aId: "community-of-democracies", bId: "d10") { jaccard sizeA sizeB shared { code } onlyInB { code } refreshedAt }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.full).toEqual({
      jaccard: 0.75,
      containmentAInB: 0.75,
      containmentBInA: 1,
      sizeA: 4,
      sizeB: 3,
      shared: [{ code: "CAN" }, { code: "GBR" }, { code: "USA" }],
      onlyInA: [{ code: "FRA" }],
      onlyInB: [],
    });
    expect(result.data.withAssociates.jaccard).toBe(1);
    expect(result.data.yugoslavia.shared).toEqual([{ code: "YUG" }]);
    expect(result.data.serbia.shared).toEqual([{ code: "SRB" }]);
    // Governing Council (30) and D-10 participants (9) share CAN, GBR, ITA, JPN, KOR, USA: 6 / 33.
    expect(result.data.hub).toMatchObject({
      sizeA: 30,
      sizeB: 9,
      shared: [{ code: "CAN" }, { code: "GBR" }, { code: "ITA" }, { code: "JPN" }, { code: "KOR" }, { code: "USA" }],
    });
    expect(result.data.hub.jaccard).toBeCloseTo(6 / 33, 12);
    expect(result.data.hub.onlyInB).toEqual([{ code: "AUS" }, { code: "DEU" }, { code: "FRA" }]);
    expect(result.data.hub.refreshedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const unknown = await query(`{ membershipOverlap(aId: "cow:NOPE", bId: "d10") { jaccard } }`);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'aId: no body has the id "cow:NOPE" (see Query.bodies)', extensions: { code: "BAD_USER_INPUT" } });
  });

  it("says why a year beyond the registry has no members, rather than answering a silent zero", async () => {
    const result = await query(`{
      later: membershipOverlap(aId: "cow:AAA", bId: "d10", year: 2030) { sizeA notes }
      inRange: membershipOverlap(aId: "cow:AAA", bId: "cow:BBB", year: 2014) { notes }
      registry: body(id: "cow:AAA") { ... on RegistryOrganization { membershipSpells { countryCode began ended } later: memberCodesOn(date: "2030") inRange: memberCodesOn(date: "2014-05-01") } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.later).toEqual({
      sizeA: 0,
      notes: [
        "cow:AAA: the Correlates of War registry ends in 2014; it records no members for 2030",
        "d10: today's members, whatever the year (its members are not dated)",
      ],
    });
    expect(result.data.inRange.notes).toEqual([]);
    // Registry spells are whole years, and end by the registry's last year at the latest.
    expect(result.data.registry.membershipSpells.every((spell: any) => spell.ended <= "2014")).toBe(true);
    expect(result.data.registry.later).toEqual([]);
    expect(result.data.registry.inRange).toEqual(["CAN", "FRA", "GBR", "USA"]);
  });

  it("ranks near-duplicate bodies above a threshold, paged", async () => {
    const result = await query(`{ nearDuplicateBodies(minJaccard: 0.7, year: 2014) { totalCount year edges { node { a { id } b { id } jaccard } } }
      all: nearDuplicateBodies(minJaccard: 0.1, year: 2014, first: 2) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`);
    // The G7's seven members are all D-10 participants (7 of 9): the hub's own bodies are compared too.
    expect(result.data.nearDuplicateBodies).toEqual({
      totalCount: 2,
      year: 2014,
      edges: [{ node: { a: { id: "d10" }, b: { id: "g7" }, jaccard: 7 / 9 } }, { node: { a: { id: "cow:AAA" }, b: { id: "cow:BBB" }, jaccard: 0.75 } }],
    });
    expect(result.data.all.pageInfo.hasNextPage).toBe(result.data.all.totalCount > 2);
    const next = await query(`query ($after: String) { nearDuplicateBodies(minJaccard: 0.1, year: 2014, after: $after) { edges { node { jaccard } } } }`, {
      after: result.data.all.pageInfo.endCursor,
    });
    expect(next.data.nearDuplicateBodies.edges).toHaveLength(result.data.all.totalCount - 2);
  });

  it("finds activities of different bodies covering the same ground, with reasons", async () => {
    const result = await query(
      `{ activityOverlaps(minScore: 0.3, first: 500) { totalCount edges { node { a { id body { id } } b { id body { id } } score components { topics text countries period } reasons } } } }`,
    );
    const pairs = result.data.activityOverlaps.edges.map((e: any) => e.node);
    expect(pairs).toHaveLength(result.data.activityOverlaps.totalCount);
    const civil = pairs.find(
      (p: any) => [p.a.body.id, p.b.body.id].includes("alliance-of-democracies") && [p.a.id, p.b.id].includes("cod:wg:enabling-and-protecting-civil-society"),
    );
    expect(civil).toBeDefined();
    expect(civil.reasons[0]).toBe("topics in common: civil society (Jaccard 1.00)");
    expect(civil.score).toBeGreaterThanOrEqual(0.4);
    // The components are the parts of the score: its weighted mean over the parts that apply.
    const { topics, text, countries, period } = civil.components;
    expect(topics).toBe(1);
    const parts = [
      [0.4, topics],
      [0.3, text],
      [0.2, countries],
      [0.1, period],
    ].filter(([, value]) => value !== null) as [number, number][];
    expect(civil.score).toBeCloseTo(parts.reduce((sum, [w, v]) => sum + w * v, 0) / parts.reduce((sum, [w]) => sum + w, 0), 12);
    expect(pairs.every((p: any) => p.a.body.id !== p.b.body.id)).toBe(true);
    const onlyTwo = await query(
      `{ activityOverlaps(minScore: 0.3, bodyIds: ["alliance-of-democracies", "community-of-democracies"]) { edges { node { a { body { id } } b { body { id } } } } } }`,
    );
    const bodiesSeen = new Set(onlyTwo.data.activityOverlaps.edges.flatMap((e: any) => [e.node.a.body.id, e.node.b.body.id]));
    expect([...bodiesSeen].sort()).toEqual(["alliance-of-democracies", "community-of-democracies"]);
  });

  it("checks a planned activity against what exists and recommends joining what already does it", async () => {
    const result = await query(`{ checkPlannedActivity(input: { title: "Working group on enabling and protecting civil society", topics: ["civil society"] }) {
      recommendation explanation matches { kind activity { id } score components { topics text } reasons } } }`);
    const check = result.data.checkPlannedActivity;
    expect(check.matches[0].activity.id).toBe("cod:wg:enabling-and-protecting-civil-society");
    expect(check.matches[0].components.topics).toBe(1);
    expect(check.recommendation).toBe("JOIN_EXISTING");
    expect(check.explanation).toMatch(
      /^Join the activity "Working Group on Enabling and Protecting Civil Society" \(community-of-democracies\) rather than create a new one: it scores/,
    );
    const novel = await query(`{ checkPlannedActivity(input: { title: "Space weather observatory", topics: ["astronomy"] }) { recommendation explanation } }`);
    expect(novel.data.checkPlannedActivity.recommendation).toBe("GO_AHEAD");
    const byMembers = await query(
      `{ checkPlannedActivity(input: { title: "Four-nation compact", countryCodes: ["USA", "CAN", "GBR", "FRA"] }) { matches { kind body { id } score components { membership topics } } } }`,
    );
    // Same four members as AAA, no word of its name: Jaccard 1 at weight 0.4.
    expect(byMembers.data.checkPlannedActivity.matches[0]).toEqual({
      kind: "STRUCTURE",
      body: { id: "cow:AAA" },
      score: 0.4,
      components: { membership: 1, topics: null },
    });
  });

  it("refuses a country code no country has, and leaves topics out when none are given", async () => {
    const bad = await query(`{ checkPlannedActivity(input: { title: "Observers", countryCodes: ["USA", "XXY", "ger"] }) { recommendation } }`);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0].message).toMatch(/expected alpha-3 codes of countries \(e\.g\. USA, DEU\), received "XXY", "GER"/);
    const untagged = await query(`{ checkPlannedActivity(input: { title: "Working group on enabling and protecting civil society" }, maxMatches: 1) {
      matches { activity { id } components { topics text } reasons } } }`);
    const best = untagged.data.checkPlannedActivity.matches[0];
    // A near-verbatim title without topics scores on its words alone, not dragged down by a zero for topics.
    expect(best.activity.id).toBe("cod:wg:enabling-and-protecting-civil-society");
    expect(best.components.topics).toBeNull();
    expect(best.components.text).toBeGreaterThan(0.6);
    expect(best.reasons[0]).toBe("topics: not given for this one, so not counted");
  });

  it("reports, in figures, how far the Community of Democracies already covers the Alliance", async () => {
    const result = await query(
      `{ duplicateStructureReport { membership { sizeA sizeB jaccard } topicsCovered topicsNotCovered activityOverlaps { a { id } b { id } } summary } }`,
    );
    const report = result.data.duplicateStructureReport;
    // The Alliance has no members in this test: nothing shared.
    expect(report.membership).toEqual({ sizeA: 30, sizeB: 0, jaccard: 0 });
    expect(report.topicsCovered).toEqual(["civil society"]);
    expect(report.topicsNotCovered).toEqual([]);
    expect(report.activityOverlaps.length).toBeGreaterThan(0);
    expect(report.summary).toMatch(
      /^The CoD Governing Council holds 0 of the Alliance's 0 members .* 1 of the Alliance's 1 recorded activities overlap a CoD activity at 0.3 or above; 1 of its 1 topics are already covered by CoD activities\.$/,
    );
  });

  it("sees an Alliance activity recorded a moment ago in the very next check, and says when its snapshot was built", async () => {
    const plan = `{ checkPlannedActivity(input: { title: "Quiet diplomacy desk for parliamentary exchanges" }, maxMatches: 1) {
      snapshotBuiltAt compared { activities sources } matches { origin activity { id title } } } }`;
    const before = (await query(plan)).data.checkPlannedActivity;
    const response = await fetch(hub().gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-claims": SECRETARIAT },
      body: JSON.stringify({
        query: `mutation { recordActivity(input: { kind: INITIATIVE, title: "Quiet diplomacy desk for parliamentary exchanges", topics: ["civil society"], sourceTitle: "Fixture plan" }) { activity { id } userErrors { code } } }`,
      }),
    });
    const recorded = (await response.json()) as GraphQLResult;
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordActivity.userErrors).toEqual([]);
    // No refresh asked for, no interval waited: the check reads the hub before it answers.
    const after = (await query(plan)).data.checkPlannedActivity;
    expect(after.matches[0]).toEqual({
      origin: "hub",
      activity: { id: recorded.data.recordActivity.activity.id, title: "Quiet diplomacy desk for parliamentary exchanges" },
    });
    expect(after.compared.activities).toBe(before.compared.activities + 1);
    expect(Date.parse(after.snapshotBuiltAt)).toBeGreaterThan(Date.parse(before.snapshotBuiltAt));
  });

  it("reads the hub again only after a write went through the gateway", async () => {
    const snapshot = hub().services.overlaps.engine.snapshot;
    const plan = `{ checkPlannedActivity(input: { title: "Election observation roster" }, maxMatches: 1) { compared { activities } } }`;
    await query(plan);
    const readsBefore = snapshot.reads;
    for (let i = 0; i < 3; i++) expect((await query(plan)).errors).toBeUndefined();
    expect(snapshot.reads).toBe(readsBefore);
    const response = await fetch(hub().gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-claims": SECRETARIAT },
      body: JSON.stringify({
        query: `mutation { recordActivity(input: { kind: INITIATIVE, title: "Election observation roster", topics: ["elections"], sourceTitle: "Fixture plan" }) { userErrors { code } } }`,
      }),
    });
    const recorded = (await response.json()) as GraphQLResult;
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordActivity.userErrors).toEqual([]);
    const after = (await query(plan)).data.checkPlannedActivity;
    expect(snapshot.reads).toBe(readsBefore + 1);
    expect(after.compared.activities).toBeGreaterThan(0);
  });
});
