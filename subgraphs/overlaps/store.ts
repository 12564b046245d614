/**
 * The overlaps subgraph's own store: the Correlates of War registry of intergovernmental
 * organisations, the structures beyond it (informal groups, dead IGOs, the EU) and the
 * democracy-support commitments of governments and initiatives.
 */
import { IMPORT_LOG_MIGRATION } from "../shared/datasets/import-log.js";
import { UPSTREAM_STATE_MIGRATION } from "../shared/refresh/upstream-state.js";
import { openStore, SubgraphStore, type Db, type Migration } from "../shared/store.js";
import { statement } from "../shared/statements.js";

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
  {
    name: "structures beyond the registry, and commitments",
    sql: `
      -- Informal groups, dead IGOs, the EU, and the governments and initiatives commitments belong to.
      CREATE TABLE structure (
        id TEXT PRIMARY KEY,
        data_set TEXT NOT NULL,
        category TEXT NOT NULL,
        name TEXT NOT NULL,
        mandate TEXT,
        began TEXT,
        ended TEXT,
        end_reason TEXT,
        source_title TEXT NOT NULL,
        source_url TEXT NOT NULL
      );
      -- One spell of membership; began '' when the source gives no start. Dates as precise as the source.
      CREATE TABLE structure_member (
        structure_id TEXT NOT NULL,
        country_code TEXT NOT NULL,
        began TEXT NOT NULL,
        ended TEXT,
        PRIMARY KEY (structure_id, country_code, began)
      ) WITHOUT ROWID;
      -- Programmes and commitments as activities of a structure (or a hub body); topics and country_codes are JSON arrays.
      CREATE TABLE commitment (
        id TEXT PRIMARY KEY,
        data_set TEXT NOT NULL,
        body_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT,
        theme TEXT,
        topics TEXT NOT NULL,
        country_codes TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT,
        amount_usd REAL,
        source_title TEXT NOT NULL,
        source_url TEXT NOT NULL,
        source_date TEXT
      );
    `,
  },
];

export type IgoRow = { ioname: string; orgname: string; longorgname: string | null };
export type StructureRecord = {
  id: string;
  data_set: string;
  category: string;
  name: string;
  mandate: string | null;
  began: string | null;
  ended: string | null;
  end_reason: string | null;
  source_title: string;
  source_url: string;
};
export type StructureMemberRecord = { structure_id: string; country_code: string; began: string; ended: string | null };
export type CommitmentRecord = {
  id: string;
  data_set: string;
  body_id: string;
  kind: string;
  title: string;
  description: string | null;
  theme: string | null;
  topics: string;
  country_codes: string;
  start_date: string | null;
  end_date: string | null;
  amount_usd: number | null;
  source_title: string;
  source_url: string;
  source_date: string | null;
};

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

  structures(): StructureRecord[] {
    return statement(this.db, "SELECT * FROM structure ORDER BY id").all() as StructureRecord[];
  }

  structureMembers(): StructureMemberRecord[] {
    return statement(this.db, "SELECT * FROM structure_member ORDER BY structure_id, country_code, began").all() as StructureMemberRecord[];
  }

  commitments(): CommitmentRecord[] {
    return statement(this.db, "SELECT * FROM commitment ORDER BY id").all() as CommitmentRecord[];
  }

  /** Whether a data set of this store has rows (the structures and commitments data sets). */
  holds(dataSet: string): boolean {
    return (
      statement(this.db, "SELECT EXISTS (SELECT 1 FROM structure WHERE data_set = ?) OR EXISTS (SELECT 1 FROM commitment WHERE data_set = ?)")
        .pluck()
        .get(dataSet, dataSet) === 1
    );
  }
}

export function openOverlapsStore(file: string): OverlapsStore {
  return new OverlapsStore(openStore(file, MIGRATIONS));
}
