/** The un-votes subgraph's own SQLite store. */
import { applySeedOnce, openStore, upsertRows, type Db, type Migration, SubgraphStore } from "../shared/store.js";
import { SOURCE_COLUMNS_SQL, sourceColumns, type SourceRow } from "../shared/sources.js";
import { UN_MEMBERSHIP_SEED, UN_MEMBERSHIP_SOURCE } from "./seed.js";

const MIGRATIONS: readonly Migration[] = [
  {
    name: "current UN membership",
    sql: `CREATE TABLE un_member (country_code TEXT PRIMARY KEY, regional_group TEXT, ${SOURCE_COLUMNS_SQL});`,
  },
];

export type UnMemberRow = SourceRow & { country_code: string; regional_group: string | null };

export class UnVotesStore extends SubgraphStore {
  private readonly membersByCountry;
  private readonly members;

  constructor(db: Db) {
    super(db);
    this.membersByCountry = db.prepare<[string], UnMemberRow>("SELECT * FROM un_member WHERE country_code IN (SELECT value FROM json_each(?))");
    this.members = db.prepare<[], UnMemberRow>("SELECT * FROM un_member ORDER BY country_code");
  }

  membersAmong(codes: readonly string[]): UnMemberRow[] {
    return this.membersByCountry.all(JSON.stringify(codes));
  }

  allMembers(): UnMemberRow[] {
    return this.members.all();
  }
}

export function openUnVotesStore(file: string): UnVotesStore {
  const db = openStore(file, MIGRATIONS);
  applySeedOnce(db, {
    name: UN_MEMBERSHIP_SEED.name,
    version: UN_MEMBERSHIP_SEED.version,
    apply(db) {
      const source = sourceColumns(UN_MEMBERSHIP_SOURCE);
      upsertRows(db, "un_member", ["country_code"], UN_MEMBERSHIP_SEED.members.map((m) => ({ country_code: m.code, regional_group: m.regionalGroup, ...source })));
    },
  });
  return new UnVotesStore(db);
}
