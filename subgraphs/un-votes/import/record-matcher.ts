/**
 * The roll call of the unvotes data (or the Digital Library) that records the same vote as a UN
 * resolution: same resolution and day; failing that, the only one of the same resolution number
 * that day (one source writes "77/263", the other "77/263A"). Votes on amendments and paragraphs
 * are never the vote on the resolution.
 */
import type { Db } from "../../shared/store.js";
import { statement } from "../../shared/statements.js";
import { resolutionBase, resolutionKey } from "./resolution-symbols.js";

export class RecordMatcher {
  private readonly byKey = new Map<string, number[]>();
  private readonly byBase = new Map<string, number[]>();

  constructor(db: Db) {
    const rows = statement(db, "SELECT rcid, date, resolution, amendment, paragraph FROM roll_call WHERE source <> 'un-resolutions'").all() as {
      rcid: number;
      date: string;
      resolution: string | null;
      amendment: number | null;
      paragraph: number | null;
    }[];
    for (const row of rows) {
      const key = resolutionKey(row.resolution);
      if (!key || row.amendment === 1 || row.paragraph === 1) continue;
      push(this.byKey, `${key}@${row.date}`, row.rcid);
      push(this.byBase, `${resolutionBase(key)}@${row.date}`, row.rcid);
    }
  }

  match(key: string, date: string): number | null {
    const exact = this.byKey.get(`${key}@${date}`);
    if (exact?.length === 1) return exact[0];
    const base = this.byBase.get(`${resolutionBase(key)}@${date}`);
    return !exact && base?.length === 1 ? base[0] : null;
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
