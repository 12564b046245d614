/** The overlaps subgraph's own store: the Correlates of War registry of existing intergovernmental organisations. */
import { IMPORT_LOG_MIGRATION } from "../shared/datasets/import-log.js";
import { UPSTREAM_STATE_MIGRATION } from "../shared/refresh/upstream-state.js";
import { openStore, SubgraphStore, type Db, type Migration } from "../shared/store.js";
import { statement, iterateRows } from "../shared/statements.js";

const MIGRATIONS: readonly Migration[] = [
  {
    name: "COW IGO registry",
    sql: `
      CREATE TABLE igo (ioname TEXT PRIMARY KEY, orgname TEXT NOT NULL, longorgname TEXT);
      -- The years an IGO has a row in the data (it existed).
      CREATE TABLE igo_year (ioname TEXT NOT NULL REFERENCES igo (ioname), year INTEGER NOT NULL, PRIMARY KEY (ioname, year)) WITHOUT ROWID;
      -- 1 full member, 2 associate member, 3 observer; absence of a row: not a member (or missing).
      CREATE TABLE igo_membership (
        ioname TEXT NOT NULL,
        year INTEGER NOT NULL,
        country_code TEXT NOT NULL,
        status INTEGER NOT NULL CHECK (status IN (1, 2, 3)),
        PRIMARY KEY (ioname, year, country_code)
      ) WITHOUT ROWID;
    `,
  },
  IMPORT_LOG_MIGRATION,
  UPSTREAM_STATE_MIGRATION,
];

export type IgoRow = { ioname: string; orgname: string; longorgname: string | null };
export type MembershipRow = { ioname: string; year: number; country_code: string; status: 1 | 2 | 3 };

export class OverlapsStore extends SubgraphStore {
  constructor(db: Db) {
    super(db);
  }

  igos(): IgoRow[] {
    return statement(this.db, "SELECT * FROM igo ORDER BY ioname").all() as IgoRow[];
  }

  igoYears(): { ioname: string; year: number }[] {
    return statement(this.db, "SELECT ioname, year FROM igo_year").all() as { ioname: string; year: number }[];
  }

  memberships(): IterableIterator<MembershipRow> {
    return iterateRows<MembershipRow>(this.db, "SELECT * FROM igo_membership");
  }
}

export function openOverlapsStore(file: string): OverlapsStore {
  return new OverlapsStore(openStore(file, MIGRATIONS));
}
