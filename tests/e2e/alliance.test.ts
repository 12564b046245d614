/**
 * The Alliance secretariat's record through the gateway, on made-up fixture ratings
 * (tests/fixtures/freedomhouse-mini.csv, vdem-mini.csv): the membership lifecycle, refusals,
 * networks, the citizens' assembly, sanctions with the consistency check, the caucus (analysed
 * by un-votes), campaigns, the backsliding watch and the audit log.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importFreedomHouse, importVdem } from "../../subgraphs/alliance/import/ratings-import.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import type { GraphQLResult } from "../harness.js";
import { useHub } from "../hub-hooks.js";
import { FIXTURES } from "../shared-data.js";

// Both the gateway (forwarding) and the alliance subgraph (trusting) read this at start.
process.env.HUB_AUTH_MODE = "development";

const SECRETARIAT = { sub: "secretariat-officer-1", roles: ["SECRETARIAT"] };
const delegate = (country: string) => ({ sub: `delegate-${country}`, roles: ["MEMBER_STATE_DELEGATE"], country });
const READER = { sub: "reader-1", roles: ["READER"] };

describe("the Alliance through the gateway", () => {
  const hub = useHub({ HUB_AUTH_MODE: "development" });

  async function as(claims: object | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (claims) headers["x-hub-claims"] = JSON.stringify(claims);
    const response = await fetch(hub().gatewayUrl, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphQLResult;
  }
  const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
  const auditCount = async () => (await as(SECRETARIAT, `{ auditLog(first: 500) { id } }`)).data.auditLog.length;

  beforeAll(async () => {
    const alliance = hub().stores.alliance;
    await importFreedomHouse(alliance.db, path.join(FIXTURES, "freedomhouse-mini.csv"), { progress: null });
    await importVdem(alliance.db, path.join(FIXTURES, "vdem-mini.csv"), { progress: null });
    await importUnVotes(hub().stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), { progress: null });
  });

  it("answers eligibility for every state with its evidence, unknown where no rating exists", async () => {
    const result = await as(null, `{ countries(includeHistorical: true) { code aodEligibility { eligible status year source evidence { source year rating } } } }`);
    expect(result.errors).toBeUndefined();
    const by = Object.fromEntries(result.data.countries.map((c: any) => [c.code, c.aodEligibility]));
    expect(Object.keys(by)).toHaveLength(285);
    expect(by.CAN).toEqual({ eligible: true, status: "Free", year: 2023, source: "Freedom House, Freedom in the World", evidence: [{ source: "Freedom House", year: 2023, rating: "Free" }] });
    expect(by.IND).toMatchObject({ eligible: true, status: "Partly Free" });
    expect(by.RUS).toMatchObject({ eligible: false, status: "Not Free", year: 2023 });
    expect(by.FRA).toMatchObject({ eligible: null, status: null, evidence: [] });
    // The trap rows: both Germanies in 1985, each under its own code; the USSR apart from Russia.
    expect(by.XWG).toMatchObject({ eligible: true, year: 1985 });
    expect(by.DDR).toMatchObject({ eligible: false, year: 1985 });
    expect(by.SUN).toMatchObject({ eligible: false, year: 1985 });
    const policies = await as(null, `{ country(code: "IND") { vdem: aodEligibility(policy: VDEM_ELECTORAL_DEMOCRACY_OR_BETTER) { eligible status }
      both: aodEligibility(policy: FREEDOM_HOUSE_AND_VDEM_AGREE) { eligible } past: aodEligibility(year: 2018) { eligible } freedomRatings { year status } } }`);
    expect(policies.data.country).toEqual({ vdem: { eligible: false, status: "electoral autocracy" }, both: { eligible: false }, past: { eligible: null }, freedomRatings: [{ year: 2023, status: "PARTLY_FREE" }] });
  });

  it("runs a membership lifecycle, refusing what may not be done and recording what is", async () => {
    const apply = (code: string) => `mutation { applyForMembership(country: "${code}", grounds: "Applies as a democracy") { status policy eligibleAtTheTime } }`;
    expect(codeOf(await as(null, apply("CAN")))).toBe("UNAUTHENTICATED");
    expect(codeOf(await as(READER, apply("CAN")))).toBe("FORBIDDEN");
    expect(codeOf(await as(delegate("CAN"), apply("EST")))).toBe("FORBIDDEN");
    const before = await auditCount();

    expect((await as(delegate("CAN"), apply("CAN"))).data.applyForMembership).toEqual({ status: "APPLICANT", policy: "FREEDOM_HOUSE_FREE_OR_PARTLY_FREE", eligibleAtTheTime: true });
    const admitted = await as(SECRETARIAT, `mutation { admitMember(country: "CAN", grounds: "Meets the criteria", decidedOn: "2026-01-15") { status decidedOn recordedBy evidence { source year rating } overrideReason } }`);
    expect(admitted.data.admitMember).toEqual({ status: "MEMBER", decidedOn: "2026-01-15", recordedBy: "secretariat-officer-1", evidence: [{ source: "Freedom House", year: 2023, rating: "Free" }], overrideReason: null });
    expect(codeOf(await as(SECRETARIAT, `mutation { admitMember(country: "CAN", grounds: "again") { status } }`))).toBe("CONFLICT");

    await as(SECRETARIAT, apply("RUS"));
    const refused = await as(SECRETARIAT, `mutation { admitMember(country: "RUS", grounds: "Asked to join") { status } }`);
    expect(refused.errors?.[0]).toMatchObject({
      message: "country: RUS is not eligible (Not Free, 2023) under FREEDOM_HOUSE_FREE_OR_PARTLY_FREE; admitting it needs an explicit overrideReason, which is recorded",
      extensions: { code: "NOT_ELIGIBLE" },
    });
    const overridden = await as(SECRETARIAT, `mutation { admitMember(country: "RUS", grounds: "Test of the override", overrideReason: "Recorded test override") { status eligibleAtTheTime overrideReason } }`);
    expect(overridden.data.admitMember).toEqual({ status: "MEMBER", eligibleAtTheTime: false, overrideReason: "Recorded test override" });
    expect((await as(SECRETARIAT, `mutation { suspendMember(country: "RUS", grounds: "Fixture suspension") { status } }`)).data.suspendMember.status).toBe("SUSPENDED");
    await as(delegate("HUN"), apply("HUN"));

    const state = await as(null, `{ alliance { memberCodes applicants { country { code } } } country(code: "RUS") { aodMembership { status } aodDecisions { status } } }`);
    expect(state.data).toEqual({
      alliance: { memberCodes: ["CAN"], applicants: [{ country: { code: "HUN" } }] },
      country: { aodMembership: { status: "SUSPENDED" }, aodDecisions: [{ status: "APPLICANT" }, { status: "MEMBER" }, { status: "SUSPENDED" }] },
    });
    // Six decisions stored, six audit entries; the refusals wrote nothing.
    expect((await auditCount()) - before).toBe(6);
    const audit = await as(SECRETARIAT, `{ auditLog(first: 500) { actor role action subject } }`);
    expect(audit.data.auditLog.at(-1)).toEqual({ actor: "delegate-HUN", role: "MEMBER_STATE_DELEGATE", action: "applyMembership", subject: "country:HUN" });
  });

  it("flags backsliding members and applicants with the series behind it", async () => {
    const result = await as(null, `{ backslidingWatch(window: 5) { country { code } standing reasons series { year status } } }`);
    expect(result.data.backslidingWatch).toEqual([
      {
        country: { code: "HUN" },
        standing: "APPLICANT",
        reasons: ["status Free → Partly Free (2018 → 2023)", "political rights 2 → 3 (2018 → 2023)", "civil liberties 2 → 3 (2018 → 2023)"],
        series: [{ year: 2018, status: "FREE" }, { year: 2023, status: "PARTLY_FREE" }],
      },
    ]);
  });

  it("gives both networks real participation: they submit, co-sponsor and vote, and each constituency's position is shown", async () => {
    const mp = await as(SECRETARIAT, `mutation { registerParticipant(kind: PARLIAMENTARIAN, name: "Fixture MP", country: "HUN", chamber: "National Assembly", party: "Fixture Party", inGovernment: false) { id constituency inGovernment } }`);
    expect(mp.data.registerParticipant).toMatchObject({ constituency: "PARLIAMENTARY_NETWORK", inGovernment: false });
    const cso = await as(SECRETARIAT, `mutation { registerParticipant(kind: CIVIL_SOCIETY_ORGANIZATION, name: "Fixture Watch", country: "BLR") { id constituency country { code } } }`);
    expect(cso.data.registerParticipant).toMatchObject({ constituency: "CIVIL_SOCIETY_NETWORK", country: { code: "BLR" } });
    const badMp = await as(SECRETARIAT, `mutation { registerParticipant(kind: PARLIAMENTARIAN, name: "No chamber", country: "HUN", inGovernment: true) { id } }`);
    expect(badMp.errors?.[0].message).toBe("chamber: expected the parliamentarian's chamber, received nothing");

    const mpClaims = { sub: "mp-1", roles: ["NETWORK_MEMBER"], participant: Number(mp.data.registerParticipant.id) };
    const csoClaims = { sub: "cso-1", roles: ["NETWORK_MEMBER"], participant: Number(cso.data.registerParticipant.id) };
    const submitted = await as(csoClaims, `mutation { submitProposal(title: "Protect election observers", text: "Fixture proposal text.") { id constituency submitter } }`);
    const id = submitted.data.submitProposal.id;
    expect(submitted.data.submitProposal.constituency).toBe("CIVIL_SOCIETY_NETWORK");
    await as(mpClaims, `mutation { cosponsorProposal(proposal: "${id}") { id } }`);
    for (const [claims, position] of [[delegate("CAN"), "YES"], [mpClaims, "YES"], [csoClaims, "YES"]] as const) {
      const vote = await as(claims, `mutation { voteOnProposal(proposal: "${id}", position: ${position}) { id } }`);
      expect(vote.errors).toBeUndefined();
    }
    // A suspended member's delegate does not vote as a government.
    expect(codeOf(await as(delegate("RUS"), `mutation { voteOnProposal(proposal: "${id}", position: NO) { id } }`))).toBe("FORBIDDEN");
    const record = await as(null, `{ proposal(id: "${id}") { sponsors { constituency } positions { constituency yes no abstain position } votes { voter constituency position } } }`);
    expect(record.data.proposal.sponsors).toEqual([{ constituency: "CIVIL_SOCIETY_NETWORK" }, { constituency: "PARLIAMENTARY_NETWORK" }]);
    expect(record.data.proposal.positions).toEqual([
      { constituency: "GOVERNMENTS", yes: 1, no: 0, abstain: 0, position: "YES" },
      { constituency: "PARLIAMENTARY_NETWORK", yes: 1, no: 0, abstain: 0, position: "YES" },
      { constituency: "CIVIL_SOCIETY_NETWORK", yes: 1, no: 0, abstain: 0, position: "YES" },
    ]);
  });

  it("records the citizens' assembly's recommendations and the answers to them", async () => {
    const session = await as(SECRETARIAT, `mutation { openAssemblySession(title: "First session (fixture)", openedOn: "2026-05-01", location: "Online") { id } }`);
    const sid = session.data.openAssemblySession.id;
    await as(SECRETARIAT, `mutation { addAssemblyMember(session: "${sid}", name: "Fixture Citizen", residence: "BLR") { id } }`);
    const rec = await as(SECRETARIAT, `mutation { adoptRecommendation(session: "${sid}", title: "Independent courts", text: "Fixture text.", dimension: INTERNAL) { id dimension } }`);
    const rid = rec.data.adoptRecommendation.id;
    await as(delegate("CAN"), `mutation { respondToRecommendation(recommendation: "${rid}", status: ACCEPTED, text: "We will act on it.") { id } }`);
    // Claims are checked before anything is recorded: a delegate without a state, of a state that is
    // not a member, or naming no state at all answers for nobody.
    const respond = `mutation { respondToRecommendation(recommendation: "${rid}", status: REJECTED, text: "Not ours to answer.") { id } }`;
    expect(codeOf(await as({ sub: "delegate-none", roles: ["MEMBER_STATE_DELEGATE"] }, respond))).toBe("FORBIDDEN");
    expect(codeOf(await as(delegate("FRA"), respond))).toBe("FORBIDDEN");
    expect(codeOf(await as(delegate("THE SECRETARIAT (OFFICIAL)"), respond))).toBe("UNAUTHENTICATED");
    expect(codeOf(await as({ ...SECRETARIAT, participant: "three" }, respond))).toBe("UNAUTHENTICATED");
    const result = await as(null, `{ assemblySessions { title members { name residence { code } } recommendations(dimension: INTERNAL) { title responses { status respondedBy text } } } }`);
    expect(result.data.assemblySessions).toEqual([
      {
        title: "First session (fixture)",
        members: [{ name: "Fixture Citizen", residence: { code: "BLR" } }],
        recommendations: [{ title: "Independent courts", responses: [{ status: "ACCEPTED", respondedBy: "government of CAN", text: "We will act on it." }] }],
      },
    ]);
    const missing = await as(SECRETARIAT, `mutation { addAssemblyMember(session: "999", name: "Nobody", residence: "CAN") { id } }`);
    expect(missing.errors?.[0]).toMatchObject({ message: "session: no assembly session has the id 999", extensions: { code: "BAD_USER_INPUT" } });
  });

  it("decides sanctions by member votes and lists every other state meeting the same grounds", async () => {
    const evidence = async (country: string) =>
      (await as(SECRETARIAT, `mutation { recordEvidence(country: "${country}", grounds: GROSS_HUMAN_RIGHTS_ABUSES, description: "Fixture evidence about ${country}", sourceTitle: "Fixture report", observedOn: "2026-02-01") { id } }`)).data.recordEvidence.id;
    const blr = await evidence("BLR");
    await evidence("PRK");
    const wrong = await as(SECRETARIAT, `mutation { proposeSanction(target: "BLR", grounds: INTERFERENCE_IN_DEMOCRATIC_PROCESS, measures: "x", evidence: ["${blr}"]) { id } }`);
    expect(wrong.errors?.[0].message).toBe(`evidence: evidence ${blr} is about BLR on GROSS_HUMAN_RIGHTS_ABUSES; expected BLR on INTERFERENCE_IN_DEMOCRATIC_PROCESS`);
    const proposal = await as(delegate("CAN"), `mutation { proposeSanction(target: "BLR", grounds: GROSS_HUMAN_RIGHTS_ABUSES, measures: "Asset freezes on named officials", evidence: ["${blr}"]) { id } }`);
    const pid = proposal.data.proposeSanction.id;
    await as(delegate("CAN"), `mutation { voteOnSanction(proposal: "${pid}", position: YES) { id } }`);
    expect(codeOf(await as(delegate("EST"), `mutation { voteOnSanction(proposal: "${pid}", position: NO) { id } }`))).toBe("FORBIDDEN");
    const result = await as(null, `{ sanctionProposals { target { code } tally { yes no abstain notVoted } evidence { country { code } } consistency { country { code } reasons } } }`);
    const sanction = result.data.sanctionProposals[0];
    expect(sanction.tally).toEqual({ yes: 1, no: 0, abstain: 0, notVoted: 0 });
    // PRK: evidence on the same grounds, ratings worse (7, 7); RUS: ratings as bad (7, 6). BLR itself is the target.
    expect(sanction.consistency.map((f: any) => f.country.code)).toEqual(["PRK", "RUS"]);
    expect(sanction.consistency[0].reasons).toHaveLength(2);
    expect(sanction.consistency[1].reasons).toEqual(["Freedom House 2023: political rights 7, civil liberties 6, as bad as BLR's (7, 6) or worse"]);
  });

  it("keeps the UN Democracy Caucus, analysed by un-votes from the caucus's own membership", async () => {
    await as(SECRETARIAT, `mutation { recordCaucusChange(country: "USA", change: ADD, grounds: "Votes with the caucus (fixture)") { id } }`);
    await as(SECRETARIAT, `mutation { recordCaucusChange(country: "GBR", change: ADD, grounds: "Votes with the caucus (fixture)") { id } }`);
    const result = await as(null, `{ unDemocracyCaucus { memberCodes changes { country { code } change } generalAssemblyVoting { codes countedRollCallCount cohesion } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.unDemocracyCaucus.memberCodes).toEqual(["CAN", "GBR", "USA"]);
    // In the unvotes fixture only USA and GBR ever voted: 1, 1, 0.25, 0.25, 0.25 over 5 roll calls.
    expect(result.data.unDemocracyCaucus.generalAssemblyVoting).toMatchObject({ codes: ["CAN", "GBR", "USA"], countedRollCallCount: 5 });
    expect(result.data.unDemocracyCaucus.generalAssemblyVoting.cohesion).toBeCloseTo(0.55, 12);
  });

  it("tracks endorsements of the UN Parliamentary Assembly campaign with date and source", async () => {
    await as(SECRETARIAT, `mutation { recordEndorsement(campaign: UN_PARLIAMENTARY_ASSEMBLY, endorserKind: PARLIAMENT, endorserName: "Fixture Parliament", country: "EST", endorsedOn: "2026-03-01", sourceTitle: "Fixture resolution") { id } }`);
    const result = await as(null, `{ campaign(campaign: UN_PARLIAMENTARY_ASSEMBLY) { parliaments governments endorsements { endorserName country { code } endorsedOn sourceTitle } } }`);
    expect(result.data.campaign).toEqual({ parliaments: 1, governments: 0, endorsements: [{ endorserName: "Fixture Parliament", country: { code: "EST" }, endorsedOn: "2026-03-01", sourceTitle: "Fixture resolution" }] });
  });

  it("refuses bad input with the field and the value", async () => {
    const cases: [string, string][] = [
      [`mutation { applyForMembership(country: "ZZZ", grounds: "x") { status } }`, 'country: no country has the code "ZZZ"'],
      [`mutation { applyForMembership(country: "EST", grounds: "   ") { status } }`, "grounds: expected some text, received none"],
      [`mutation { applyForMembership(country: "EST", grounds: "${"x".repeat(5001)}") { status } }`, "grounds: expected at most 5000 characters, received 5001"],
      [`mutation { applyForMembership(country: "EST", grounds: "x", decidedOn: "1999-12-31") { status } }`, "decidedOn: expected a day from 2000-01-01 to 2100-12-31, received 1999-12-31"],
    ];
    for (const [mutation, message] of cases) {
      const result = await as(SECRETARIAT, mutation);
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT" } });
    }
    const forged = await as(null, `{ __typename }`);
    expect(forged.errors).toBeUndefined();
    const malformed = await fetch(hub().gatewayUrl, { method: "POST", headers: { "content-type": "application/json", "x-hub-claims": "{not json" }, body: JSON.stringify({ query: `mutation { applyForMembership(country: "EST", grounds: "x") { status } }` }) });
    expect(((await malformed.json()) as GraphQLResult).errors?.[0]).toMatchObject({ message: "x-hub-claims: expected a JSON object of claims, received something else", extensions: { code: "UNAUTHENTICATED" } });
  });
});
