/**
 * The alliance store's reads and writes, one statement each. Writes are only ever called inside
 * a command's transaction (commands/recorder.ts), which also writes the audit entry.
 */
import { readActivities } from "../shared/activities.js";
import type { Db } from "../shared/store.js";
import { statement } from "../shared/statements.js";

export type DecisionRow = {
  id: number;
  country_code: string;
  status: "APPLICANT" | "MEMBER" | "SUSPENDED" | "WITHDRAWN";
  decided_on: string;
  grounds: string;
  recorded_by: string;
  recorded_at: string;
  policy: string | null;
  evidence: string | null;
  override_reason: string | null;
  /** The recorder's role as others see it ("secretariat", "delegate of CAN"); null where no audit entry said. */
  recorder_label: string | null;
};
export type FreedomRatingRow = {
  country_code: string;
  year: number;
  political_rights: number;
  civil_liberties: number;
  status: "FREE" | "PARTLY_FREE" | "NOT_FREE";
};
export type RegimeRatingRow = { country_code: string; year: number; regime: 0 | 1 | 2 | 3 };
export type CaucusChangeRow = {
  id: number;
  country_code: string;
  change: "ADD" | "REMOVE";
  decided_on: string;
  grounds: string;
  recorded_by: string;
  recorder_label: string | null;
};
export type ParticipantRow = {
  id: number;
  kind: "PARLIAMENTARIAN" | "CIVIL_SOCIETY_ORGANIZATION" | "OPPOSITION_LEADER";
  name: string;
  country_code: string;
  chamber: string | null;
  party: string | null;
  in_government: 0 | 1 | null;
  description: string | null;
  registered_on: string;
};
export type ProposalRow = { id: number; title: string; text: string; submitter: string; constituency: string; submitted_at: string };
export type SponsorRow = { proposal_id: number; sponsor: string; constituency: string };
export type ProposalVoteRow = { proposal_id: number; voter: string; constituency: string; position: "YES" | "NO" | "ABSTAIN"; cast_at: string };
export type SessionRow = { id: number; title: string; opened_on: string; location: string | null };
export type AssemblyMemberRow = { id: number; session_id: number; name: string; residence_code: string };
export type RecommendationRow = { id: number; session_id: number; title: string; text: string; dimension: "INTERNAL" | "EXTERNAL"; adopted_on: string };
export type ResponseRow = { id: number; recommendation_id: number; status: string; text: string; responded_by: string; responded_on: string };
export type EvidenceRow = {
  id: number;
  country_code: string;
  grounds: "GROSS_HUMAN_RIGHTS_ABUSES" | "INTERFERENCE_IN_DEMOCRATIC_PROCESS";
  description: string;
  source_title: string;
  source_url: string | null;
  observed_on: string;
  recorded_by: string;
};
export type SanctionRow = {
  id: number;
  target_code: string;
  grounds: EvidenceRow["grounds"];
  measures: string;
  evidence_ids: string;
  proposed_by: string;
  proposed_at: string;
};
export type SanctionVoteRow = { proposal_id: number; country_code: string; position: "YES" | "NO" | "ABSTAIN"; cast_at: string };
export type EndorsementRow = {
  id: number;
  campaign: string;
  endorser_kind: string;
  endorser_name: string;
  country_code: string | null;
  endorsed_on: string;
  source_title: string;
  source_url: string | null;
};

/**
 * A country's standing: its latest decision's status and day. Readers of the standing never need
 * the decision's grounds or evidence, and reading them for every state was most of the cost.
 */
export type StandingRow = Pick<DecisionRow, "country_code" | "status" | "decided_on">;
const STANDING = "SELECT d.country_code, d.status, d.decided_on FROM membership_decision d";
// The latest decision per country through the (country_code, id) index: a lookup per given
// country, or one pass over all of them when filtering by status (docs/performance.md, "Alliance reads narrowed").
const LATEST_PER_ROW = "d.id = (SELECT max(id) FROM membership_decision WHERE country_code = d.country_code)";
const LATEST = "d.id IN (SELECT max(id) FROM membership_decision GROUP BY country_code)";
const IN = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;

/** What every group of statements below is written with. */
type Statements = {
  db: Db;
  all: <Row>(sql: string) => (...params: unknown[]) => Row[];
  run: (sql: string) => (params: Record<string, unknown>) => number;
  json: (values: readonly unknown[]) => string;
};

/**
 * The store's statements. Most reads build their SQL inside the function; `statement` prepares
 * each text once per store (shared/statements.ts), and keys are JSON arrays so one statement
 * serves any batch.
 */
export function prepareRecords(db: Db) {
  const statements: Statements = {
    db,
    all:
      <Row>(sql: string) =>
      (...params: unknown[]) =>
        statement<unknown[], Row>(db, sql).all(...params),
    run: (sql: string) => {
      const insert = statement<Record<string, unknown>>(db, sql);
      return (params: Record<string, unknown>) => Number(insert.run(params).lastInsertRowid);
    },
    json: (values: readonly unknown[]) => JSON.stringify(values),
  };
  return {
    ...membershipRecords(statements),
    ...ratingRecords(statements),
    ...caucusRecords(statements),
    ...participationRecords(statements),
    ...assemblyRecords(statements),
    ...sanctionRecords(statements),
    ...activityRecords(statements),
    ...campaignRecords(statements),
  };
}

/** Membership decisions. */
function membershipRecords({ all, run, json }: Statements) {
  return {
    latestStandingFor: (codes: readonly string[]) => all<StandingRow>(`${STANDING} WHERE ${IN("d.country_code")} AND ${LATEST_PER_ROW}`)(json(codes)),
    latestStandingWithStatus: (statuses: readonly string[]) =>
      all<StandingRow>(`${STANDING} WHERE ${LATEST} AND ${IN("d.status")} ORDER BY d.country_code`)(json(statuses)),
    allDecisions: () => all<DecisionRow>("SELECT * FROM membership_decision ORDER BY id")(),
    decisionsFor: (codes: readonly string[]) => all<DecisionRow>(`SELECT * FROM membership_decision WHERE ${IN("country_code")} ORDER BY id`)(json(codes)),
    insertDecision: run(
      `INSERT INTO membership_decision (country_code, status, decided_on, grounds, recorded_by, recorded_at, policy, evidence, override_reason, recorder_label)
       VALUES (@country_code, @status, @decided_on, @grounds, @recorded_by, @recorded_at, @policy, @evidence, @override_reason, @recorder_label)`,
    ),
  };
}

/** Freedom House and V-Dem ratings. */
function ratingRecords({ db, all, json }: Statements) {
  return {
    freedomRatingsFor: (codes: readonly string[]) =>
      all<FreedomRatingRow>(`SELECT * FROM freedom_rating WHERE ${IN("country_code")} ORDER BY year`)(json(codes)),
    regimeRatingsFor: (codes: readonly string[]) => all<RegimeRatingRow>(`SELECT * FROM regime_rating WHERE ${IN("country_code")} ORDER BY year`)(json(codes)),
    freedomRatingsInYear: (year: number) => all<FreedomRatingRow>("SELECT * FROM freedom_rating WHERE year = ? ORDER BY country_code")(year),
    ratingCounts: () =>
      statement(db, "SELECT (SELECT count(*) FROM freedom_rating) AS freedom, (SELECT count(*) FROM regime_rating) AS regimes").get() as {
        freedom: number;
        regimes: number;
      },
  };
}

/** The UN Democracy Caucus's changes. */
function caucusRecords({ all, run }: Statements) {
  return {
    caucusChanges: () => all<CaucusChangeRow>("SELECT * FROM caucus_change ORDER BY id")(),
    insertCaucusChange: run(
      "INSERT INTO caucus_change (country_code, change, decided_on, grounds, recorded_by, recorder_label) VALUES (@country_code, @change, @decided_on, @grounds, @recorded_by, @recorder_label)",
    ),
  };
}

/** Participants, proposals, their sponsors and votes. */
function participationRecords({ all, run, json }: Statements) {
  return {
    participantsByIds: (ids: readonly number[]) => all<ParticipantRow>(`SELECT * FROM participant WHERE ${IN("id")}`)(json(ids)),
    participantsOfKinds: (kinds: readonly string[]) => all<ParticipantRow>(`SELECT * FROM participant WHERE ${IN("kind")} ORDER BY id`)(json(kinds)),
    insertParticipant: run(
      `INSERT INTO participant (kind, name, country_code, chamber, party, in_government, description, registered_on, recorded_by)
       VALUES (@kind, @name, @country_code, @chamber, @party, @in_government, @description, @registered_on, @recorded_by)`,
    ),

    proposals: () => all<ProposalRow>("SELECT * FROM proposal ORDER BY id")(),
    proposalsByIds: (ids: readonly number[]) => all<ProposalRow>(`SELECT * FROM proposal WHERE ${IN("id")}`)(json(ids)),
    sponsorsOf: (ids: readonly number[]) =>
      all<SponsorRow>(`SELECT * FROM proposal_sponsor WHERE ${IN("proposal_id")} ORDER BY sponsored_at, sponsor`)(json(ids)),
    proposalVotesOf: (ids: readonly number[]) =>
      all<ProposalVoteRow>(`SELECT * FROM proposal_vote WHERE ${IN("proposal_id")} ORDER BY constituency, voter`)(json(ids)),
    insertProposal: run(
      "INSERT INTO proposal (title, text, submitter, constituency, submitted_at) VALUES (@title, @text, @submitter, @constituency, @submitted_at)",
    ),
    insertSponsor: run(
      "INSERT OR IGNORE INTO proposal_sponsor (proposal_id, sponsor, constituency, sponsored_at) VALUES (@proposal_id, @sponsor, @constituency, @sponsored_at)",
    ),
    upsertProposalVote: run(
      `INSERT INTO proposal_vote (proposal_id, voter, constituency, position, cast_at) VALUES (@proposal_id, @voter, @constituency, @position, @cast_at)
       ON CONFLICT (proposal_id, voter) DO UPDATE SET position = excluded.position, cast_at = excluded.cast_at`,
    ),
  };
}

/** The citizens' assembly: sessions, members, recommendations, responses. */
function assemblyRecords({ all, run, json }: Statements) {
  return {
    sessions: () => all<SessionRow>("SELECT * FROM assembly_session ORDER BY id")(),
    sessionsByIds: (ids: readonly number[]) => all<SessionRow>(`SELECT * FROM assembly_session WHERE ${IN("id")}`)(json(ids)),
    assemblyMembersOf: (ids: readonly number[]) => all<AssemblyMemberRow>(`SELECT * FROM assembly_member WHERE ${IN("session_id")} ORDER BY id`)(json(ids)),
    recommendationsOf: (ids: readonly number[]) => all<RecommendationRow>(`SELECT * FROM recommendation WHERE ${IN("session_id")} ORDER BY id`)(json(ids)),
    recommendationsByIds: (ids: readonly number[]) => all<RecommendationRow>(`SELECT * FROM recommendation WHERE ${IN("id")}`)(json(ids)),
    responsesOf: (ids: readonly number[]) => all<ResponseRow>(`SELECT * FROM recommendation_response WHERE ${IN("recommendation_id")} ORDER BY id`)(json(ids)),
    insertSession: run("INSERT INTO assembly_session (title, opened_on, location) VALUES (@title, @opened_on, @location)"),
    insertAssemblyMember: run("INSERT INTO assembly_member (session_id, name, residence_code) VALUES (@session_id, @name, @residence_code)"),
    insertRecommendation: run(
      "INSERT INTO recommendation (session_id, title, text, dimension, adopted_on) VALUES (@session_id, @title, @text, @dimension, @adopted_on)",
    ),
    insertResponse: run(
      "INSERT INTO recommendation_response (recommendation_id, status, text, responded_by, responded_on) VALUES (@recommendation_id, @status, @text, @responded_by, @responded_on)",
    ),
  };
}

/** Evidence, sanction proposals and votes. */
function sanctionRecords({ all, run, json }: Statements) {
  return {
    evidenceByIds: (ids: readonly number[]) => all<EvidenceRow>(`SELECT * FROM evidence WHERE ${IN("id")} ORDER BY id`)(json(ids)),
    evidenceWithGrounds: (grounds: string) => all<EvidenceRow>("SELECT * FROM evidence WHERE grounds = ? ORDER BY country_code, id")(grounds),
    insertEvidence: run(
      `INSERT INTO evidence (country_code, grounds, description, source_title, source_url, observed_on, recorded_by)
       VALUES (@country_code, @grounds, @description, @source_title, @source_url, @observed_on, @recorded_by)`,
    ),
    sanctionProposals: () => all<SanctionRow>("SELECT * FROM sanction_proposal ORDER BY id")(),
    sanctionProposalsByIds: (ids: readonly number[]) => all<SanctionRow>(`SELECT * FROM sanction_proposal WHERE ${IN("id")}`)(json(ids)),
    sanctionVotesOf: (ids: readonly number[]) =>
      all<SanctionVoteRow>(`SELECT * FROM sanction_vote WHERE ${IN("proposal_id")} ORDER BY country_code`)(json(ids)),
    insertSanctionProposal: run(
      "INSERT INTO sanction_proposal (target_code, grounds, measures, evidence_ids, proposed_by, proposed_at) VALUES (@target_code, @grounds, @measures, @evidence_ids, @proposed_by, @proposed_at)",
    ),
    upsertSanctionVote: run(
      `INSERT INTO sanction_vote (proposal_id, country_code, position, cast_at) VALUES (@proposal_id, @country_code, @position, @cast_at)
       ON CONFLICT (proposal_id, country_code) DO UPDATE SET position = excluded.position, cast_at = excluded.cast_at`,
    ),
  };
}

/** The Alliance's activities. */
function activityRecords({ db }: Statements) {
  return {
    activities: () => readActivities(db, () => "alliance-of-democracies"),
  };
}

/** Campaigns' endorsements. */
function campaignRecords({ all, run, json }: Statements) {
  return {
    endorsementsOf: (campaigns: readonly string[]) =>
      all<EndorsementRow>(`SELECT * FROM endorsement WHERE ${IN("campaign")} ORDER BY endorsed_on, id`)(json(campaigns)),
    insertEndorsement: run(
      `INSERT INTO endorsement (campaign, endorser_kind, endorser_name, country_code, endorsed_on, source_title, source_url, recorded_by)
       VALUES (@campaign, @endorser_kind, @endorser_name, @country_code, @endorsed_on, @source_title, @source_url, @recorded_by)`,
    ),
  };
}

export type Records = ReturnType<typeof prepareRecords>;
