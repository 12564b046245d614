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
  const auditCount = async () => (await as(SECRETARIAT, `{ auditLog(first: 500) { totalCount } }`)).data.auditLog.totalCount;
  /** A mutation with its input as a variable: the payload, and the top-level errors. */
  async function mutate(claims: object | null, name: string, inputType: string, input: Record<string, unknown>, selection: string) {
    const result = await as(claims, `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, {
      input,
    });
    return { payload: result.data?.[name] ?? null, errors: result.errors, code: codeOf(result) };
  }

  beforeAll(async () => {
    const alliance = hub().stores.alliance;
    await importFreedomHouse(alliance.db, path.join(FIXTURES, "freedomhouse-mini.csv"), { progress: null });
    await importVdem(alliance.db, path.join(FIXTURES, "vdem-mini.csv"), { progress: null });
    await importUnVotes(hub().stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), { progress: null });
  });

  it("answers eligibility for every state with its evidence, unknown where no rating exists", async () => {
    const result = await as(
      null,
      `{ countries(includeHistorical: true) { code aodEligibility { eligible freedomStatus year sources evidence { source year freedomStatus } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const by = Object.fromEntries(result.data.countries.map((c: any) => [c.code, c.aodEligibility]));
    expect(Object.keys(by)).toHaveLength(285);
    expect(by.CAN).toEqual({
      eligible: true,
      freedomStatus: "FREE",
      year: 2023,
      sources: ["FREEDOM_HOUSE"],
      evidence: [{ source: "FREEDOM_HOUSE", year: 2023, freedomStatus: "FREE" }],
    });
    expect(by.IND).toMatchObject({ eligible: true, freedomStatus: "PARTLY_FREE" });
    expect(by.RUS).toMatchObject({ eligible: false, freedomStatus: "NOT_FREE", year: 2023 });
    expect(by.FRA).toMatchObject({ eligible: null, freedomStatus: null, evidence: [] });
    // The trap rows: both Germanies in 1985, each under its own code; the USSR apart from Russia.
    expect(by.XWG).toMatchObject({ eligible: true, year: 1985 });
    expect(by.DDR).toMatchObject({ eligible: false, year: 1985 });
    expect(by.SUN).toMatchObject({ eligible: false, year: 1985 });
    const policies = await as(
      null,
      `{ country(code: "IND") { vdem: aodEligibility(policy: VDEM_ELECTORAL_DEMOCRACY_OR_BETTER) { eligible regime sources }
      both: aodEligibility(policy: FREEDOM_HOUSE_AND_VDEM_AGREE) { eligible freedomStatus regime sources } past: aodEligibility(year: 2018) { eligible } freedomRatings { year status } regimeRatings { regime score } } }`,
    );
    expect(policies.data.country).toEqual({
      vdem: { eligible: false, regime: "ELECTORAL_AUTOCRACY", sources: ["VDEM"] },
      both: { eligible: false, freedomStatus: "PARTLY_FREE", regime: "ELECTORAL_AUTOCRACY", sources: ["FREEDOM_HOUSE", "VDEM"] },
      past: { eligible: null },
      freedomRatings: [{ year: 2023, status: "PARTLY_FREE" }],
      regimeRatings: [{ regime: "ELECTORAL_AUTOCRACY", score: 1 }],
    });
  });

  it("runs a membership lifecycle, refusing what may not be done and recording what is", async () => {
    const apply = (claims: object | null, code: string) =>
      mutate(
        claims,
        "applyForMembership",
        "MembershipDecisionInput",
        { countryCode: code, grounds: "Applies as a democracy" },
        "decision { status policy eligibleAtTheTime }",
      );
    const admit = (code: string, extra: Record<string, unknown> = {}, selection = "decision { status }") =>
      mutate(SECRETARIAT, "admitMember", "AdmitMemberInput", { countryCode: code, grounds: "Meets the criteria", ...extra }, selection);
    // Who may act is a top-level error, as authentication and authorization are.
    expect((await apply(null, "CAN")).code).toBe("UNAUTHENTICATED");
    expect((await apply(READER, "CAN")).code).toBe("FORBIDDEN");
    expect((await apply(delegate("CAN"), "EST")).code).toBe("FORBIDDEN");
    const before = await auditCount();

    expect((await apply(delegate("CAN"), "CAN")).payload).toEqual({
      decision: { status: "APPLICANT", policy: "FREEDOM_HOUSE_FREE_OR_PARTLY_FREE", eligibleAtTheTime: true },
      userErrors: [],
    });
    const admitted = await admit(
      "CAN",
      { decidedOn: "2026-01-15" },
      "decision { status decidedOn recordedBy evidence { source year freedomStatus } overrideReason }",
    );
    expect(admitted.payload.decision).toEqual({
      status: "MEMBER",
      decidedOn: "2026-01-15",
      recordedBy: "secretariat-officer-1",
      evidence: [{ source: "FREEDOM_HOUSE", year: 2023, freedomStatus: "FREE" }],
      overrideReason: null,
    });
    // Domain refusals are data: the payload's user errors, naming the input field.
    const again = await admit("CAN", { grounds: "again" });
    expect(again.errors).toBeUndefined();
    expect(again.payload).toEqual({
      decision: null,
      userErrors: [{ field: ["input", "countryCode"], code: "CONFLICT", message: "countryCode: CAN is MEMBER; to admit it must be APPLICANT or SUSPENDED" }],
    });

    await apply(SECRETARIAT, "RUS");
    const refused = await admit("RUS", { grounds: "Asked to join" });
    expect(refused.payload.userErrors).toEqual([
      {
        field: ["input", "countryCode"],
        code: "NOT_ELIGIBLE",
        message:
          "countryCode: RUS is not eligible (Not Free, 2023) under FREEDOM_HOUSE_FREE_OR_PARTLY_FREE; admitting it needs an explicit overrideReason, which is recorded",
      },
    ]);
    const overridden = await admit(
      "RUS",
      { grounds: "Test of the override", overrideReason: "Recorded test override" },
      "decision { status eligibleAtTheTime overrideReason }",
    );
    expect(overridden.payload.decision).toEqual({ status: "MEMBER", eligibleAtTheTime: false, overrideReason: "Recorded test override" });
    const suspended = await mutate(
      SECRETARIAT,
      "suspendMember",
      "MembershipDecisionInput",
      { countryCode: "RUS", grounds: "Fixture suspension" },
      "decision { status }",
    );
    expect(suspended.payload.decision.status).toBe("SUSPENDED");
    await apply(delegate("HUN"), "HUN");

    const state = await as(null, `{ alliance { memberCodes applicants { code } } country(code: "RUS") { aodMembership { status } aodDecisions { status } } }`);
    expect(state.data).toEqual({
      alliance: { memberCodes: ["CAN"], applicants: [{ code: "HUN" }] },
      country: { aodMembership: { status: "SUSPENDED" }, aodDecisions: [{ status: "APPLICANT" }, { status: "MEMBER" }, { status: "SUSPENDED" }] },
    });
    // Six decisions stored, six audit entries; the refusals wrote nothing.
    expect((await auditCount()) - before).toBe(6);
    const audit = await as(SECRETARIAT, `{ auditLog(first: 500) { edges { node { actor role action subject details } } } }`);
    expect(audit.data.auditLog.edges.at(-1).node).toMatchObject({
      actor: "delegate-HUN",
      role: "MEMBER_STATE_DELEGATE",
      action: "applyMembership",
      subject: "country:HUN",
      details: { countryCode: "HUN", grounds: "Applies as a democracy" },
    });
    // The log pages by cursor, oldest first.
    const firstTwo = await as(SECRETARIAT, `{ auditLog(first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    const rest = await as(
      SECRETARIAT,
      `query ($after: String) { auditLog(first: 500, after: $after) { edges { node { id } } pageInfo { hasPreviousPage hasNextPage } } }`,
      { after: firstTwo.data.auditLog.pageInfo.endCursor },
    );
    expect(firstTwo.data.auditLog.pageInfo.hasNextPage).toBe(true);
    expect(rest.data.auditLog.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
    expect(Number(rest.data.auditLog.edges[0].node.id)).toBeGreaterThan(Number(firstTwo.data.auditLog.edges[1].node.id));
  });

  it("flags backsliding members and applicants with the series behind it", async () => {
    const result = await as(
      null,
      `{ backslidingWatch(window: 5) { totalCount edges { node { country { code } membershipStatus reasons series { year status } } } } }`,
    );
    expect(result.data.backslidingWatch.totalCount).toBe(1);
    expect(result.data.backslidingWatch.edges.map((edge: any) => edge.node)).toEqual([
      {
        country: { code: "HUN" },
        membershipStatus: "APPLICANT",
        reasons: ["status Free → Partly Free (2018 → 2023)", "political rights 2 → 3 (2018 → 2023)", "civil liberties 2 → 3 (2018 → 2023)"],
        series: [
          { year: 2018, status: "FREE" },
          { year: 2023, status: "PARTLY_FREE" },
        ],
      },
    ]);
  });

  it("gives both networks real participation: they submit, co-sponsor and vote, and each constituency's position is shown", async () => {
    const register = (input: Record<string, unknown>, selection: string) =>
      mutate(SECRETARIAT, "registerParticipant", "RegisterParticipantInput", input, selection);
    const mp = await register(
      { kind: "PARLIAMENTARIAN", name: "Fixture MP", countryCode: "HUN", chamber: "National Assembly", party: "Fixture Party", inGovernment: false },
      "participant { id constituency inGovernment }",
    );
    expect(mp.payload.participant).toMatchObject({ constituency: "PARLIAMENTARY_NETWORK", inGovernment: false });
    const cso = await register(
      { kind: "CIVIL_SOCIETY_ORGANIZATION", name: "Fixture Watch", countryCode: "BLR" },
      "participant { id constituency country { code } }",
    );
    expect(cso.payload.participant).toMatchObject({ constituency: "CIVIL_SOCIETY_NETWORK", country: { code: "BLR" } });
    const badMp = await register({ kind: "PARLIAMENTARIAN", name: "No chamber", countryCode: "HUN", inGovernment: true }, "participant { id }");
    expect(badMp.payload).toEqual({
      participant: null,
      userErrors: [{ field: ["input", "chamber"], code: "BAD_USER_INPUT", message: "chamber: expected the parliamentarian's chamber, received nothing" }],
    });

    const mpClaims = { sub: "mp-1", roles: ["NETWORK_MEMBER"], participant: Number(mp.payload.participant.id) };
    const csoClaims = { sub: "cso-1", roles: ["NETWORK_MEMBER"], participant: Number(cso.payload.participant.id) };
    const submitted = await mutate(
      csoClaims,
      "submitProposal",
      "SubmitProposalInput",
      { title: "Protect election observers", text: "Fixture proposal text." },
      "proposal { id constituency submitter { __typename ... on Participant { name } } }",
    );
    const id = submitted.payload.proposal.id;
    expect(submitted.payload.proposal).toMatchObject({
      constituency: "CIVIL_SOCIETY_NETWORK",
      submitter: { __typename: "Participant", name: "Fixture Watch" },
    });
    await mutate(mpClaims, "cosponsorProposal", "CosponsorProposalInput", { proposalId: id }, "proposal { id }");
    for (const [claims, position] of [
      [delegate("CAN"), "YES"],
      [mpClaims, "YES"],
      [csoClaims, "YES"],
    ] as const) {
      const vote = await mutate(claims, "voteOnProposal", "CastVoteInput", { proposalId: id, position }, "proposal { id }");
      expect(vote.errors).toBeUndefined();
      expect(vote.payload.userErrors).toEqual([]);
    }
    // A suspended member's delegate does not vote as a government.
    expect((await mutate(delegate("RUS"), "voteOnProposal", "CastVoteInput", { proposalId: id, position: "NO" }, "proposal { id }")).code).toBe("FORBIDDEN");
    const unknown = await mutate(mpClaims, "voteOnProposal", "CastVoteInput", { proposalId: "999", position: "NO" }, "proposal { id }");
    expect(unknown.payload).toEqual({
      proposal: null,
      userErrors: [{ field: ["input", "proposalId"], code: "NOT_FOUND", message: "proposalId: no proposal has the id 999" }],
    });
    const record = await as(
      null,
      `{ proposal(id: "${id}") { sponsors { constituency sponsor { __typename } } positions { constituency yes no abstain position }
      votes { voter { __typename ... on Country { code } ... on Participant { name } } constituency position } } }`,
    );
    expect(record.data.proposal.sponsors).toEqual([
      { constituency: "CIVIL_SOCIETY_NETWORK", sponsor: { __typename: "Participant" } },
      { constituency: "PARLIAMENTARY_NETWORK", sponsor: { __typename: "Participant" } },
    ]);
    const voters = record.data.proposal.votes.map((vote: any) => vote.voter);
    expect(voters).toHaveLength(3);
    expect(voters).toEqual(
      expect.arrayContaining([
        { __typename: "Country", code: "CAN" },
        { __typename: "Participant", name: "Fixture MP" },
        { __typename: "Participant", name: "Fixture Watch" },
      ]),
    );
    expect(record.data.proposal.positions).toEqual([
      { constituency: "GOVERNMENTS", yes: 1, no: 0, abstain: 0, position: "YES" },
      { constituency: "PARLIAMENTARY_NETWORK", yes: 1, no: 0, abstain: 0, position: "YES" },
      { constituency: "CIVIL_SOCIETY_NETWORK", yes: 1, no: 0, abstain: 0, position: "YES" },
    ]);
    const listed = await as(
      null,
      `{ proposals { totalCount edges { node { id } } } networkParticipants(kind: PARLIAMENTARIAN) { totalCount edges { node { name } } } }`,
    );
    expect(listed.data).toEqual({
      proposals: { totalCount: 1, edges: [{ node: { id } }] },
      networkParticipants: { totalCount: 1, edges: [{ node: { name: "Fixture MP" } }] },
    });
  });

  it("records the citizens' assembly's recommendations and the answers to them", async () => {
    const session = await mutate(
      SECRETARIAT,
      "openAssemblySession",
      "OpenAssemblySessionInput",
      { title: "First session (fixture)", openedOn: "2026-05-01", location: "Online" },
      "session { id }",
    );
    const sessionId = session.payload.session.id;
    await mutate(
      SECRETARIAT,
      "addAssemblyMember",
      "AddAssemblyMemberInput",
      { sessionId, name: "Fixture Citizen", residenceCountryCode: "BLR" },
      "member { id }",
    );
    const rec = await mutate(
      SECRETARIAT,
      "adoptRecommendation",
      "AdoptRecommendationInput",
      { sessionId, title: "Independent courts", text: "Fixture text.", dimension: "INTERNAL" },
      "recommendation { id dimension }",
    );
    const recommendationId = rec.payload.recommendation.id;
    await mutate(
      delegate("CAN"),
      "respondToRecommendation",
      "RespondToRecommendationInput",
      { recommendationId, status: "ACCEPTED", text: "We will act on it." },
      "response { id }",
    );
    // Claims are checked before anything is recorded: a delegate without a state, of a state that is
    // not a member, or naming no state at all answers for nobody.
    const respond = (claims: object) =>
      mutate(
        claims,
        "respondToRecommendation",
        "RespondToRecommendationInput",
        { recommendationId, status: "REJECTED", text: "Not ours to answer." },
        "response { id }",
      );
    expect((await respond({ sub: "delegate-none", roles: ["MEMBER_STATE_DELEGATE"] })).code).toBe("FORBIDDEN");
    expect((await respond(delegate("FRA"))).code).toBe("FORBIDDEN");
    expect((await respond(delegate("THE SECRETARIAT (OFFICIAL)"))).code).toBe("UNAUTHENTICATED");
    expect((await respond({ ...SECRETARIAT, participant: "three" })).code).toBe("UNAUTHENTICATED");
    const result = await as(
      null,
      `{ assemblySessions { edges { node { title members { name residence { code } } recommendations(dimension: INTERNAL) { title responses { status respondedBy text } } } } } }`,
    );
    expect(result.data.assemblySessions.edges.map((edge: any) => edge.node)).toEqual([
      {
        title: "First session (fixture)",
        members: [{ name: "Fixture Citizen", residence: { code: "BLR" } }],
        recommendations: [{ title: "Independent courts", responses: [{ status: "ACCEPTED", respondedBy: "government of CAN", text: "We will act on it." }] }],
      },
    ]);
    const missing = await mutate(
      SECRETARIAT,
      "addAssemblyMember",
      "AddAssemblyMemberInput",
      { sessionId: "999", name: "Nobody", residenceCountryCode: "CAN" },
      "member { id }",
    );
    expect(missing.payload).toEqual({
      member: null,
      userErrors: [{ field: ["input", "sessionId"], code: "NOT_FOUND", message: "sessionId: no assembly session has the id 999" }],
    });
  });

  it("decides sanctions by member votes and lists every other state meeting the same grounds", async () => {
    const evidence = async (countryCode: string) =>
      (
        await mutate(
          SECRETARIAT,
          "recordEvidence",
          "RecordEvidenceInput",
          {
            countryCode,
            grounds: "GROSS_HUMAN_RIGHTS_ABUSES",
            description: `Fixture evidence about ${countryCode}`,
            sourceTitle: "Fixture report",
            observedOn: "2026-02-01",
          },
          "evidence { id }",
        )
      ).payload.evidence.id;
    const blr = await evidence("BLR");
    await evidence("PRK");
    const propose = (claims: object, grounds: string, measures: string) =>
      mutate(claims, "proposeSanction", "ProposeSanctionInput", { targetCountryCode: "BLR", grounds, measures, evidenceIds: [blr] }, "sanctionProposal { id }");
    const wrong = await propose(SECRETARIAT, "INTERFERENCE_IN_DEMOCRATIC_PROCESS", "x");
    expect(wrong.payload.userErrors).toEqual([
      {
        field: ["input", "evidenceIds"],
        code: "BAD_USER_INPUT",
        message: `evidenceIds: evidence ${blr} is about BLR on GROSS_HUMAN_RIGHTS_ABUSES; expected BLR on INTERFERENCE_IN_DEMOCRATIC_PROCESS`,
      },
    ]);
    const proposal = await propose(delegate("CAN"), "GROSS_HUMAN_RIGHTS_ABUSES", "Asset freezes on named officials");
    const proposalId = proposal.payload.sanctionProposal.id;
    const voted = await mutate(delegate("CAN"), "voteOnSanction", "CastVoteInput", { proposalId, position: "YES" }, "sanctionProposal { tally { yes } }");
    expect(voted.payload).toEqual({ sanctionProposal: { tally: { yes: 1 } }, userErrors: [] });
    expect((await mutate(delegate("EST"), "voteOnSanction", "CastVoteInput", { proposalId, position: "NO" }, "sanctionProposal { id }")).code).toBe(
      "FORBIDDEN",
    );
    const result = await as(
      null,
      `{ sanctionProposals { edges { node { target { code } tally { yes no abstain notVoted } evidence { country { code } } consistency { country { code } reasons } } } } }`,
    );
    const sanction = result.data.sanctionProposals.edges[0].node;
    expect(sanction.tally).toEqual({ yes: 1, no: 0, abstain: 0, notVoted: 0 });
    // PRK: evidence on the same grounds, ratings worse (7, 7); RUS: ratings as bad (7, 6). BLR itself is the target.
    expect(sanction.consistency.map((f: any) => f.country.code)).toEqual(["PRK", "RUS"]);
    expect(sanction.consistency[0].reasons).toHaveLength(2);
    expect(sanction.consistency[1].reasons).toEqual(["Freedom House 2023: political rights 7, civil liberties 6, as bad as BLR's (7, 6) or worse"]);
  });

  it("keeps the UN Democracy Caucus, analysed by un-votes from the caucus's own membership", async () => {
    for (const countryCode of ["USA", "GBR"]) {
      const change = await mutate(
        SECRETARIAT,
        "recordCaucusChange",
        "RecordCaucusChangeInput",
        { countryCode, change: "ADD", grounds: "Votes with the caucus (fixture)" },
        "caucusChange { id }",
      );
      expect(change.payload.userErrors).toEqual([]);
    }
    const result = await as(
      null,
      `{ unDemocracyCaucus { memberCodes changes { country { code } change } generalAssemblyVoting { memberCodes countedRollCallCount cohesion } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.unDemocracyCaucus.memberCodes).toEqual(["CAN", "GBR", "USA"]);
    // In the unvotes fixture only USA and GBR ever voted: 1, 1, 0.25, 0.25, 0.25 over 5 roll calls.
    expect(result.data.unDemocracyCaucus.generalAssemblyVoting).toMatchObject({ memberCodes: ["CAN", "GBR", "USA"], countedRollCallCount: 5 });
    expect(result.data.unDemocracyCaucus.generalAssemblyVoting.cohesion).toBeCloseTo(0.55, 12);
  });

  it("tracks endorsements of the UN Parliamentary Assembly campaign with date and source", async () => {
    const input = {
      campaign: "UN_PARLIAMENTARY_ASSEMBLY",
      endorserKind: "PARLIAMENT",
      endorserName: "Fixture Parliament",
      countryCode: "EST",
      endorsedOn: "2026-03-01",
      sourceTitle: "Fixture resolution",
    };
    expect((await mutate(SECRETARIAT, "recordEndorsement", "RecordEndorsementInput", input, "endorsement { id }")).payload.userErrors).toEqual([]);
    const result = await as(
      null,
      `{ campaign(campaign: UN_PARLIAMENTARY_ASSEMBLY) { parliamentCount governmentCount endorsements { edges { node { endorserName country { code } endorsedOn sourceTitle } } } } }`,
    );
    expect(result.data.campaign).toEqual({
      parliamentCount: 1,
      governmentCount: 0,
      endorsements: {
        edges: [{ node: { endorserName: "Fixture Parliament", country: { code: "EST" }, endorsedOn: "2026-03-01", sourceTitle: "Fixture resolution" } }],
      },
    });
  });

  it("refuses bad input with the field and the value, as user errors, recording nothing", async () => {
    const before = await auditCount();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ countryCode: "ZZZ", grounds: "x" }, "countryCode", 'countryCode: no country has the code "ZZZ"'],
      [{ countryCode: "EST", grounds: "   " }, "grounds", "grounds: expected some text, received none"],
      [{ countryCode: "EST", grounds: "x".repeat(5001) }, "grounds", "grounds: expected at most 5000 characters, received 5001"],
      [
        { countryCode: "EST", grounds: "x", decidedOn: "1999-12-31" },
        "decidedOn",
        "decidedOn: expected a day from 2000-01-01 to 2100-12-31, received 1999-12-31",
      ],
    ];
    for (const [input, field, message] of cases) {
      const result = await mutate(SECRETARIAT, "applyForMembership", "MembershipDecisionInput", input, "decision { status }");
      expect(result.errors).toBeUndefined();
      expect(result.payload).toEqual({ decision: null, userErrors: [{ field: ["input", field], code: "BAD_USER_INPUT", message }] });
    }
    expect(await auditCount()).toBe(before);
    // A value the schema's types refuse never reaches the resolver: a top-level validation error.
    const badDate = await mutate(
      SECRETARIAT,
      "applyForMembership",
      "MembershipDecisionInput",
      { countryCode: "EST", grounds: "x", decidedOn: "yesterday" },
      "decision { status }",
    );
    expect(badDate.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const forged = await as(null, `{ __typename }`);
    expect(forged.errors).toBeUndefined();
    const malformed = await fetch(hub().gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-claims": "{not json" },
      body: JSON.stringify({ query: `mutation { applyForMembership(input: { countryCode: "EST", grounds: "x" }) { decision { status } } }` }),
    });
    expect(((await malformed.json()) as GraphQLResult).errors?.[0]).toMatchObject({
      message: "x-hub-claims: expected a JSON object of claims, received something else",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });
});
