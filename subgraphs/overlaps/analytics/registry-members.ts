/**
 * The registry's memberships (about 540,000 rows of IGO, year, state and level on the real data)
 * as the membership index holds them. Reading them from SQLite takes over a second, so a worker
 * thread reads them (overlaps-pool.ts) and hands them over packed: names once each and the rows
 * as numbers in one typed array, which crosses threads as a single copy; the subgraph's thread
 * only turns them into sets (a fifth of the time).
 */
import { statement } from "../../shared/statements.js";
import type { Db } from "../../shared/store.js";
import type { MemberLevel } from "./membership-index.js";

/** Per row four numbers: the IGO's place in `ionames`, the year, the state's place in `codes`, the level. */
export type PackedMemberships = { ionames: string[]; codes: string[]; rows: Int32Array };

/** Per IGO (by ioname): year → level → members. */
export type RegistryYears = Map<string, Map<number, Map<MemberLevel, Set<string>>>>;

const FIELDS = 4;

export function readPackedMemberships(db: Db): PackedMemberships {
  // One transaction: the count and the rows describe the same state of the file.
  return db.transaction(() => {
    const count = statement(db, "SELECT count(*) FROM igo_membership").pluck().get() as number;
    // Rows as arrays, not objects: a fifth less time over half a million of them.
    const rows = statement(db, "SELECT ioname, year, country_code, status FROM igo_membership").raw(true).iterate() as IterableIterator<Row>;
    return packRows(count, rows);
  })();
}

type Row = [ioname: string, year: number, code: string, status: number];

function packRows(count: number, source: IterableIterator<Row>): PackedMemberships {
  const rows = new Int32Array(count * FIELDS);
  const ionames: string[] = [];
  const codes: string[] = [];
  const ionameAt = new Map<string, number>();
  const codeAt = new Map<string, number>();
  const placeOf = (value: string, places: Map<string, number>, list: string[]) => {
    let place = places.get(value);
    if (place === undefined) places.set(value, (place = list.push(value) - 1));
    return place;
  };
  let offset = 0;
  for (const [ioname, year, code, status] of source) {
    rows[offset++] = placeOf(ioname, ionameAt, ionames);
    rows[offset++] = year;
    rows[offset++] = placeOf(code, codeAt, codes);
    rows[offset++] = status;
  }
  return { ionames, codes, rows };
}

export function unpackMemberships({ ionames, codes, rows }: PackedMemberships): RegistryYears {
  const registry: RegistryYears = new Map();
  for (let i = 0; i < rows.length; i += FIELDS) {
    const ioname = ionames[rows[i]];
    let years = registry.get(ioname);
    if (!years) registry.set(ioname, (years = new Map()));
    let levels = years.get(rows[i + 1]);
    if (!levels) years.set(rows[i + 1], (levels = new Map()));
    const level = rows[i + 3] as MemberLevel;
    let members = levels.get(level);
    if (!members) levels.set(level, (members = new Set()));
    members.add(codes[rows[i + 2]]);
  }
  return registry;
}
