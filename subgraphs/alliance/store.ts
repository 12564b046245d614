/** The alliance subgraph's own SQLite store: the AoD secretariat's system of record. */
import { openStore, type Db, type Migration, SubgraphStore } from "../shared/store.js";
import type { AodMembershipStatus } from "./types/enums.js";

const MIGRATIONS: readonly Migration[] = [
  {
    name: "membership decisions",
    // Decisions are appended, never edited: a state's status is its latest decision.
    sql: `
      CREATE TABLE membership_decision (
        id INTEGER PRIMARY KEY,
        country_code TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('APPLICANT', 'MEMBER', 'SUSPENDED', 'WITHDRAWN')),
        decided_on TEXT NOT NULL,
        grounds TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX membership_decision_country ON membership_decision (country_code, id);
    `,
  },
];

export type MembershipRow = { country_code: string; status: Exclude<AodMembershipStatus, "NOT_A_MEMBER">; decided_on: string };

const LATEST = `
  SELECT d.country_code, d.status, d.decided_on FROM membership_decision d
  WHERE d.id = (SELECT max(id) FROM membership_decision WHERE country_code = d.country_code)`;

export class AllianceStore extends SubgraphStore {
  private readonly latestByCountry;
  private readonly latestByStatus;

  constructor(db: Db) {
    super(db);
    this.latestByCountry = db.prepare<[string], MembershipRow>(`${LATEST} AND d.country_code IN (SELECT value FROM json_each(?))`);
    this.latestByStatus = db.prepare<[string], MembershipRow>(`${LATEST} AND d.status IN (SELECT value FROM json_each(?)) ORDER BY d.country_code`);
  }

  latestDecisionsFor(codes: readonly string[]): MembershipRow[] {
    return this.latestByCountry.all(JSON.stringify(codes));
  }

  latestDecisionsWithStatus(statuses: readonly AodMembershipStatus[]): MembershipRow[] {
    return this.latestByStatus.all(JSON.stringify(statuses));
  }
}

export function openAllianceStore(file: string): AllianceStore {
  return new AllianceStore(openStore(file, MIGRATIONS));
}
