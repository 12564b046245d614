/**
 * Every body's members per year as bitsets over the country table, so the overlap of two bodies
 * is a few word-wise ANDs and popcounts: all 47,000-odd pairs of a year in milliseconds.
 *
 * Bodies are the COW registry's IGOs (`cow:<ioname>`, members by year) and the hub's own bodies
 * (current members only: they answer for any year asked).
 */
export type MemberLevel = 1 | 2 | 3;
export type BodyInfo = { id: string; name: string; kind: "COW_IGO" | "HUB_BODY" | "EXTERNAL" };

/** A body's members in one year by level: full (1), associate (2), observer (3). */
type YearMembers = Map<MemberLevel, Set<string>>;

export class MembershipIndex {
  readonly bodies: BodyInfo[] = [];
  private readonly bodyIndex = new Map<string, number>();
  /** Per body: year → members; hub bodies under year 0 (any year). */
  private readonly members: Map<number, YearMembers>[] = [];
  readonly countryCodes: string[];
  private readonly bit = new Map<string, number>();
  readonly words: number;
  readonly years: number[];

  constructor(bodies: { info: BodyInfo; years: Map<number, YearMembers> }[]) {
    const codes = new Set<string>();
    for (const body of bodies) for (const byLevel of body.years.values()) for (const set of byLevel.values()) for (const code of set) codes.add(code);
    this.countryCodes = [...codes].sort();
    this.countryCodes.forEach((code, i) => this.bit.set(code, i));
    this.words = Math.max(1, Math.ceil(this.countryCodes.length / 32));
    const years = new Set<number>();
    for (const body of bodies) {
      this.bodyIndex.set(body.info.id, this.bodies.length);
      this.bodies.push(body.info);
      this.members.push(body.years);
      for (const year of body.years.keys()) if (year !== 0) years.add(year);
    }
    this.years = [...years].sort((a, b) => a - b);
  }

  body(id: string): BodyInfo | undefined {
    const i = this.bodyIndex.get(id);
    return i === undefined ? undefined : this.bodies[i];
  }

  /** The body's members by year and level as held (year 0: undated, today's members); empty for an unknown id. */
  yearsOf(id: string): ReadonlyMap<number, ReadonlyMap<MemberLevel, ReadonlySet<string>>> {
    return this.members[this.bodyIndex.get(id) ?? -1] ?? new Map();
  }

  /** Whether the body existed (has a row) in the year; hub bodies always do. */
  existsIn(id: string, year: number): boolean {
    const years = this.members[this.bodyIndex.get(id) ?? -1];
    return !!years && (years.has(0) || years.has(year));
  }

  /** The body's members in a year at the given levels, sorted; empty when it did not exist then. */
  /** The last year a registry body is recorded in; null for a hub body (current members, any year) or an unknown id. */
  lastYearOf(id: string): number | null {
    const years = this.members[this.bodyIndex.get(id) ?? -1];
    if (!years || years.has(0)) return null;
    let last: number | null = null;
    for (const year of years.keys()) if (last === null || year > last) last = year;
    return last;
  }

  /**
   * A body's full members as spells of consecutive years ("1949"–"2014"), ordered by member and
   * start; a spell never runs past the last year the body is recorded in (the data says nothing
   * after it). A hub body's members are undated.
   */
  spellsOf(id: string): { countryCode: string; began: string | null; ended: string | null }[] {
    const years = this.members[this.bodyIndex.get(id) ?? -1];
    if (!years) return [];
    const current = years.get(0);
    if (current) return [...(current.get(1) ?? [])].sort().map((countryCode) => ({ countryCode, began: null, ended: null }));
    const open = new Map<string, { first: number; last: number }>();
    const spells: { countryCode: string; began: string; ended: string }[] = [];
    const close = (code: string, run: { first: number; last: number }) => spells.push({ countryCode: code, began: String(run.first), ended: String(run.last) });
    for (const year of [...years.keys()].sort((a, b) => a - b)) {
      const members = years.get(year)?.get(1) ?? new Set<string>();
      for (const [code, run] of open) {
        if (!members.has(code) || run.last !== year - 1) {
          close(code, run);
          open.delete(code);
        }
      }
      for (const code of members) {
        const run = open.get(code);
        if (run) run.last = year;
        else open.set(code, { first: year, last: year });
      }
    }
    for (const [code, run] of open) close(code, run);
    return spells.sort((a, b) => a.countryCode.localeCompare(b.countryCode) || a.began.localeCompare(b.began));
  }

  membersOf(id: string, year: number, levels: readonly MemberLevel[]): string[] {
    const years = this.members[this.bodyIndex.get(id) ?? -1];
    const byLevel = years?.get(0) ?? years?.get(year);
    if (!byLevel) return [];
    const result = new Set<string>();
    for (const level of levels) for (const code of byLevel.get(level) ?? []) result.add(code);
    return [...result].sort();
  }

  bitset(codes: readonly string[]): Uint32Array {
    const set = new Uint32Array(this.words);
    for (const code of codes) {
      const i = this.bit.get(code);
      if (i !== undefined) set[i >>> 5] |= 1 << (i & 31);
    }
    return set;
  }

  private readonly yearSetCache = new Map<string, YearSets>();

  /** Bitsets of every body that existed in `year` and has at least one member at those levels (built once per index). */
  yearSets(year: number, levels: readonly MemberLevel[]): YearSets {
    const key = `${year}:${[...levels].sort().join(",")}`;
    let sets = this.yearSetCache.get(key);
    if (!sets) {
      sets = this.buildYearSets(year, levels);
      this.yearSetCache.set(key, sets);
    }
    return sets;
  }

  private buildYearSets(year: number, levels: readonly MemberLevel[]): YearSets {
    const ids: string[] = [];
    const chunks: Uint32Array[] = [];
    for (const body of this.bodies) {
      const members = this.membersOf(body.id, year, levels);
      if (members.length === 0) continue;
      ids.push(body.id);
      chunks.push(this.bitset(members));
    }
    const sets = new Uint32Array(ids.length * this.words);
    const counts = new Uint16Array(ids.length);
    chunks.forEach((chunk, i) => {
      sets.set(chunk, i * this.words);
      counts[i] = popcountRange(chunk, 0, this.words);
    });
    return { ids, sets, counts };
  }
}

export type YearSets = { ids: string[]; sets: Uint32Array; counts: Uint16Array };

export function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function popcountRange(words: Uint32Array, start: number, length: number): number {
  let count = 0;
  for (let i = 0; i < length; i++) count += popcount32(words[start + i]);
  return count;
}

export type PairScore = { a: number; b: number; shared: number; jaccard: number };

/**
 * Every pair of bodies in a year with Jaccard similarity at least `minJaccard`, most similar
 * first (ties by ids). Jaccard = |A ∩ B| / |A ∪ B|.
 */
export function nearDuplicatePairs(year: { ids: string[]; sets: Uint32Array; counts: Uint16Array }, words: number, minJaccard: number): PairScore[] {
  const { ids, sets, counts } = year;
  const pairs: PairScore[] = [];
  for (let a = 0; a < ids.length; a++) {
    const baseA = a * words;
    for (let b = a + 1; b < ids.length; b++) {
      // |A ∩ B| ≤ min(|A|, |B|): skip pairs that cannot reach the threshold.
      const small = Math.min(counts[a], counts[b]);
      const large = Math.max(counts[a], counts[b]);
      if (small < minJaccard * large) continue;
      const baseB = b * words;
      let shared = 0;
      for (let w = 0; w < words; w++) shared += popcount32(sets[baseA + w] & sets[baseB + w]);
      const jaccard = shared / (counts[a] + counts[b] - shared);
      if (jaccard >= minJaccard) pairs.push({ a, b, shared, jaccard });
    }
  }
  return pairs.sort((x, y) => y.jaccard - x.jaccard || ids[x.a].localeCompare(ids[y.a]) || ids[x.b].localeCompare(ids[y.b]));
}
