/** The un-votes subgraph's own SQLite store. */
import { IMPORT_LOG_MIGRATION } from "../shared/datasets/import-log.js";
import { UPSTREAM_STATE_MIGRATION } from "../shared/refresh/upstream-state.js";
import { ALERT_AUDIT_LOG_MIGRATION, ALERT_IDS_MIGRATION, ALERT_OWNERS_MIGRATION, ALERTS_MIGRATION } from "./alerts/alert-store.js";
import { applySeedOnce, openStore, upsertRows, type Db, type Migration, SubgraphStore } from "../shared/store.js";
import { SOURCE_COLUMNS_SQL, sourceColumns, type SourceRow } from "../shared/sources.js";
import { UN_MEMBERSHIP_SEED, UN_MEMBERSHIP_SOURCE } from "./seed.js";
import { statement, iterateRows } from "../shared/statements.js";
import { RECORD_TO_2026_MIGRATION } from "./record-migration.js";

/** Every schema step, in order; tests open a store at an earlier step with a prefix of them. */
export const UN_VOTES_MIGRATIONS: readonly Migration[] = [
  {
    name: "current UN membership",
    sql: `CREATE TABLE un_member (country_code TEXT PRIMARY KEY, regional_group TEXT, ${SOURCE_COLUMNS_SQL});`,
  },
  {
    name: "General Assembly roll calls, their issues and votes",
    // Votes are stored as 1 yes, 2 no, 3 abstain. Absences and non-membership are not votes and
    // have no row; a "non-voting" mark from the UN Digital Library is kept apart in non_vote.
    sql: `
      CREATE TABLE roll_call (
        rcid INTEGER PRIMARY KEY,
        session INTEGER NOT NULL,
        date TEXT NOT NULL,
        resolution TEXT,
        short_title TEXT,
        description TEXT,
        important INTEGER CHECK (important IN (0, 1)),
        amendment INTEGER CHECK (amendment IN (0, 1)),
        paragraph INTEGER CHECK (paragraph IN (0, 1)),
        source TEXT NOT NULL CHECK (source IN ('unvotes', 'undl')),
        undl_id TEXT UNIQUE
      );
      CREATE INDEX roll_call_order ON roll_call (date, rcid);
      CREATE TABLE roll_call_issue (
        rcid INTEGER NOT NULL REFERENCES roll_call (rcid),
        issue TEXT NOT NULL CHECK (issue IN ('me', 'nu', 'di', 'hr', 'co', 'ec')),
        PRIMARY KEY (rcid, issue)
      ) WITHOUT ROWID;
      CREATE TABLE vote (
        rcid INTEGER NOT NULL REFERENCES roll_call (rcid),
        country_code TEXT NOT NULL,
        vote INTEGER NOT NULL CHECK (vote IN (1, 2, 3)),
        PRIMARY KEY (rcid, country_code)
      ) WITHOUT ROWID;
      CREATE TABLE non_vote (
        rcid INTEGER NOT NULL REFERENCES roll_call (rcid),
        country_code TEXT NOT NULL,
        PRIMARY KEY (rcid, country_code)
      ) WITHOUT ROWID;
      -- How each source named the countries whose votes were mapped to a code: provenance.
      CREATE TABLE vote_country_source (
        country_code TEXT NOT NULL,
        source_name TEXT NOT NULL,
        source_code TEXT NOT NULL,
        PRIMARY KEY (country_code, source_name, source_code)
      ) WITHOUT ROWID;
    `,
  },
  IMPORT_LOG_MIGRATION,
  ALERTS_MIGRATION,
  UPSTREAM_STATE_MIGRATION,
  RECORD_TO_2026_MIGRATION,
  ALERT_IDS_MIGRATION,
  ALERT_OWNERS_MIGRATION,
  ALERT_AUDIT_LOG_MIGRATION,
];

export type UnMemberRow = SourceRow & { country_code: string; regional_group: string | null };

export type RollCallSourceName = "unvotes" | "undl" | "un-resolutions";

export type RollCallRow = {
  rcid: number;
  session: number;
  date: string;
  resolution: string | null;
  short_title: string | null;
  description: string | null;
  important: 0 | 1 | null;
  amendment: 0 | 1 | null;
  paragraph: 0 | 1 | null;
  source: RollCallSourceName;
  special_session: string | null;
  in_un_resolutions: 0 | 1;
  sponsor_note: string | null;
};
export type SponsorRow = { rcid: number; country_code: string; kind: "sponsor" | "additional" };
export type VoteRow = { rcid: number; country_code: string; vote: 1 | 2 | 3 };
export type IssueRow = { rcid: number; issue: string };

export class UnVotesStore extends SubgraphStore {
  private readonly members;

  constructor(db: Db) {
    super(db);
    this.members = statement<[], UnMemberRow>(db, "SELECT * FROM un_member ORDER BY country_code");
  }

  allMembers(): UnMemberRow[] {
    return this.members.all();
  }

  rollCallRows(): RollCallRow[] {
    return statement<[], RollCallRow>(
      this.db,
      `SELECT rcid, session, date, resolution, short_title, description, important, amendment, paragraph, source, special_session, in_un_resolutions, sponsor_note
       FROM roll_call ORDER BY date, rcid`,
    ).all();
  }

  sponsorRows(): SponsorRow[] {
    return statement<[], SponsorRow>(this.db, "SELECT rcid, country_code, kind FROM roll_call_sponsor ORDER BY rcid, kind DESC, country_code").all();
  }

  issueRows(): IssueRow[] {
    return statement<[], IssueRow>(this.db, "SELECT rcid, issue FROM roll_call_issue").all();
  }

  /** Every vote, streamed: the analytics index reads them once into a dense matrix. */
  voteRows(): IterableIterator<VoteRow> {
    return iterateRows<VoteRow>(this.db, "SELECT rcid, country_code, vote FROM vote");
  }

  counts(): { rollCalls: number; votes: number; issueTags: number; countries: number } {
    return statement(
      this.db,
      `SELECT (SELECT count(*) FROM roll_call) AS rollCalls, (SELECT count(*) FROM vote) AS votes,
                (SELECT count(*) FROM roll_call_issue) AS issueTags, (SELECT count(DISTINCT country_code) FROM vote) AS countries`,
    ).get() as { rollCalls: number; votes: number; issueTags: number; countries: number };
  }
}

export function openUnVotesStore(file: string): UnVotesStore {
  const db = openStore(file, UN_VOTES_MIGRATIONS);
  applySeedOnce(db, {
    name: UN_MEMBERSHIP_SEED.name,
    version: UN_MEMBERSHIP_SEED.version,
    apply(db) {
      const source = sourceColumns(UN_MEMBERSHIP_SOURCE);
      upsertRows(
        db,
        "un_member",
        ["country_code"],
        UN_MEMBERSHIP_SEED.members.map((m) => ({ country_code: m.code, regional_group: m.regionalGroup, ...source })),
      );
    },
  });
  return new UnVotesStore(db);
}
