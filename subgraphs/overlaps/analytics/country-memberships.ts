/**
 * The other side of the membership index: for one state, every body it belongs to, at each level,
 * with the runs of consecutive years the sources record it in. Built for every state at once, on
 * the first question after an index is built (one pass over the index's 540,000-odd memberships),
 * and kept with that index.
 */
import type { BodyInfo, MembershipIndex, MemberLevel } from "./membership-index.js";

export type YearRun = { firstYear: number; lastYear: number };

export type CountryMembershipValue = {
  body: BodyInfo;
  level: MemberLevel;
  /** Runs of consecutive years, oldest first; null for a body whose members are not dated (today's members of a hub body). */
  years: YearRun[] | null;
  /** The last year the body's source records it in; null for an undated body. */
  lastRecordedYear: number | null;
};

const byIndex = new WeakMap<MembershipIndex, Map<string, CountryMembershipValue[]>>();

export function countryMemberships(index: MembershipIndex, code: string): CountryMembershipValue[] {
  let all = byIndex.get(index);
  if (!all) byIndex.set(index, (all = buildAll(index)));
  return all.get(code) ?? [];
}

function buildAll(index: MembershipIndex): Map<string, CountryMembershipValue[]> {
  const result = new Map<string, CountryMembershipValue[]>();
  for (const body of index.bodies) {
    const years = index.yearsOf(body.id);
    const undated = years.get(0);
    if (undated) {
      for (const [level, codes] of undated) for (const code of codes) add(result, code, { body, level, years: null, lastRecordedYear: null });
      continue;
    }
    const ordered = [...years.keys()].sort((a, b) => a - b);
    const lastRecordedYear = ordered.at(-1) ?? null;
    // Per state and level: the runs of consecutive years it is listed in.
    const runs = new Map<string, YearRun[]>();
    for (const year of ordered) {
      for (const [level, codes] of years.get(year)!) {
        for (const code of codes) {
          const key = `${code}|${level}`;
          const list = runs.get(key);
          const last = list?.at(-1);
          if (last && last.lastYear === year - 1) last.lastYear = year;
          else if (list) list.push({ firstYear: year, lastYear: year });
          else runs.set(key, [{ firstYear: year, lastYear: year }]);
        }
      }
    }
    for (const [key, list] of runs) {
      const [code, level] = key.split("|");
      add(result, code, { body, level: Number(level) as MemberLevel, years: list, lastRecordedYear });
    }
  }
  for (const list of result.values()) list.sort((a, b) => a.level - b.level || a.body.name.localeCompare(b.body.name) || a.body.id.localeCompare(b.body.id));
  return result;
}

function add(result: Map<string, CountryMembershipValue[]>, code: string, value: CountryMembershipValue) {
  const list = result.get(code);
  if (list) list.push(value);
  else result.set(code, [value]);
}
