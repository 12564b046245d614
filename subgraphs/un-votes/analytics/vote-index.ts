/**
 * The whole General Assembly record in memory: roll calls in date order and a dense
 * roll-call × country matrix of votes (one byte each: 0 no vote, 1 yes, 2 no, 3 abstain). For
 * the full 1946–2020 data that is about 6,200 × 200 bytes, 1.2 MB: small enough that every
 * analytic is a scan over memory rather than a query.
 */
import { LRUCache } from "lru-cache";
import type { IssueCode } from "../import/issues.js";
import type { RollCallSourceName, UnVotesStore } from "../store.js";

export const YES = 1;
export const NO = 2;
export const ABSTAIN = 3;
export type VoteValue = 0 | 1 | 2 | 3;

/** The hub's roll-call model: what the index holds of each roll call; the importers' input and the alerts' facts are parts of it. */
export type RollCallInfo = {
  rcid: number;
  session: number;
  date: string;
  resolution: string | null;
  shortTitle: string | null;
  description: string | null;
  important: boolean | null;
  amendment: boolean | null;
  paragraph: boolean | null;
  issues: IssueCode[];
  source: RollCallSourceName;
  /** Whether the UN's resolution files record this vote too (always, for one of their own). */
  inUnResolutions: boolean;
  specialSession: string | null;
  /** States that sponsored the draft, and those that joined as additional sponsors, by code. */
  sponsors: string[];
  additionalSponsors: string[];
  sponsorNote: string | null;
};

export type Range = { session?: number | null; from?: string | null; to?: string | null };

const flag = (value: 0 | 1 | null): boolean | null => (value === null ? null : value === 1);

type IndexParts = { rollCalls: RollCallInfo[]; countryCodes: string[]; votes: Uint8Array; totals: Uint32Array; voteCount: number };

/** A vote index as it crosses to a worker thread; `id` tells a thread whether it holds this one already. */
export type IndexSnapshot = { id: number; votes: Uint8Array; totals: Uint32Array; details: Uint8Array; voteCount: number };

let nextSnapshotId = 1;

export class VoteIndex {
  /** Roll calls ordered by date, then rcid. A roll call's position in this array is its row. */
  readonly rollCalls: RollCallInfo[];
  readonly rowOf = new Map<number, number>();
  /** Country codes with at least one vote; a code's position is its column. */
  readonly countryCodes: string[];
  readonly columnOf = new Map<string, number>();
  readonly votes: Uint8Array;
  /** Yes, no and abstain counts per row: [3 * row], [3 * row + 1], [3 * row + 2]. */
  readonly totals: Uint32Array;
  readonly voteCount: number;
  private readonly rowsBySession = new Map<number, number[]>();
  /**
   * Answers derived from this snapshot (a group's analysis, the voters' Country objects), shared
   * by every request that reads it and dropped with it when the store changes. Bounded: a caller
   * asking for many different groups evicts the least recently used.
   */
  private readonly derivedValues = new LRUCache<string, object>({ max: 64 });

  /** This index as threads can share it, made on first use (worker/analysis-pool.ts). */
  private shared: IndexSnapshot | null = null;

  private constructor(parts: IndexParts) {
    this.rollCalls = parts.rollCalls;
    this.countryCodes = parts.countryCodes;
    this.votes = parts.votes;
    this.totals = parts.totals;
    this.voteCount = parts.voteCount;
    this.rollCalls.forEach((rollCall, row) => {
      this.rowOf.set(rollCall.rcid, row);
      const rows = this.rowsBySession.get(rollCall.session);
      if (rows) rows.push(row);
      else this.rowsBySession.set(rollCall.session, [row]);
    });
    this.countryCodes.forEach((code, column) => this.columnOf.set(code, column));
  }

  static build(store: UnVotesStore): VoteIndex {
    const issues = new Map<number, IssueCode[]>();
    for (const row of store.issueRows()) {
      const list = issues.get(row.rcid);
      if (list) list.push(row.issue as IssueCode);
      else issues.set(row.rcid, [row.issue as IssueCode]);
    }
    const sponsors = new Map<number, { sponsors: string[]; additional: string[] }>();
    for (const row of store.sponsorRows()) {
      let entry = sponsors.get(row.rcid);
      if (!entry) sponsors.set(row.rcid, (entry = { sponsors: [], additional: [] }));
      (row.kind === "sponsor" ? entry.sponsors : entry.additional).push(row.country_code);
    }
    const rollCalls: RollCallInfo[] = store.rollCallRows().map((row) => ({
      rcid: row.rcid,
      session: row.session,
      date: row.date,
      resolution: row.resolution,
      shortTitle: row.short_title,
      description: row.description,
      important: flag(row.important),
      amendment: flag(row.amendment),
      paragraph: flag(row.paragraph),
      issues: (issues.get(row.rcid) ?? []).sort(),
      source: row.source,
      inUnResolutions: row.source === "un-resolutions" || row.in_un_resolutions === 1,
      specialSession: row.special_session,
      sponsors: sponsors.get(row.rcid)?.sponsors ?? [],
      additionalSponsors: sponsors.get(row.rcid)?.additional ?? [],
      sponsorNote: row.sponsor_note,
    }));
    const rowOf = new Map(rollCalls.map((rollCall, row) => [rollCall.rcid, row]));
    const codes = new Set<string>();
    const collected: { row: number; code: string; vote: number }[] = [];
    for (const vote of store.voteRows()) {
      const row = rowOf.get(vote.rcid);
      if (row === undefined) continue;
      codes.add(vote.country_code);
      collected.push({ row, code: vote.country_code, vote: vote.vote });
    }
    const countryCodes = [...codes].sort();
    const columnOf = new Map(countryCodes.map((code, column) => [code, column]));
    const width = countryCodes.length;
    // Shared memory from the start: worker threads read the same bytes, never a copy.
    const votes = new Uint8Array(new SharedArrayBuffer(rollCalls.length * width));
    const totals = new Uint32Array(new SharedArrayBuffer(rollCalls.length * 3 * Uint32Array.BYTES_PER_ELEMENT));
    for (const { row, code, vote } of collected) {
      votes[row * width + columnOf.get(code)!] = vote;
      totals[row * 3 + vote - 1]++;
    }
    return new VoteIndex({ rollCalls, countryCodes, votes, totals, voteCount: collected.length });
  }

  /**
   * The index as a message for worker threads: the vote matrix and totals as the shared memory
   * they already are, the roll calls' details as JSON bytes in shared memory, encoded once per
   * index; a thread decodes them once per snapshot (`fromSnapshot`), not per task.
   */
  snapshot(): IndexSnapshot {
    if (!this.shared) {
      const json = new TextEncoder().encode(JSON.stringify({ rollCalls: this.rollCalls, countryCodes: this.countryCodes }));
      const details = new Uint8Array(new SharedArrayBuffer(json.byteLength));
      details.set(json);
      this.shared = { id: nextSnapshotId++, votes: this.votes, totals: this.totals, details, voteCount: this.voteCount };
    }
    return this.shared;
  }

  static fromSnapshot(snapshot: IndexSnapshot): VoteIndex {
    // TextDecoder refuses views of shared memory: the bytes are copied out once.
    const { rollCalls, countryCodes } = JSON.parse(new TextDecoder().decode(snapshot.details.slice())) as Pick<IndexParts, "rollCalls" | "countryCodes">;
    return new VoteIndex({ rollCalls, countryCodes, votes: snapshot.votes, totals: snapshot.totals, voteCount: snapshot.voteCount });
  }

  get width(): number {
    return this.countryCodes.length;
  }

  vote(row: number, column: number): VoteValue {
    return this.votes[row * this.countryCodes.length + column] as VoteValue;
  }

  /** Rows in date order within a session and/or a date range (inclusive). */
  rows(range: Range = {}): number[] {
    const candidates = range.session != null ? (this.rowsBySession.get(range.session) ?? []) : null;
    const inDates = (row: number) => {
      const date = this.rollCalls[row].date;
      return (!range.from || date >= range.from) && (!range.to || date <= range.to);
    };
    if (candidates) return candidates.filter(inDates);
    if (!range.from && !range.to) return this.rollCalls.map((_, row) => row);
    return this.rollCalls.map((_, row) => row).filter(inDates);
  }

  derived<T extends object>(key: string, compute: () => T): T {
    let value = this.derivedValues.get(key) as T | undefined;
    if (value === undefined) {
      value = compute();
      this.derivedValues.set(key, value);
    }
    return value;
  }

  /** Drops a derived answer (one whose computation failed, so that the next request tries again). */
  forget(key: string): void {
    this.derivedValues.delete(key);
  }

  /** Columns for codes, in the order given; -1 for a code that never voted. */
  columns(codes: readonly string[]): number[] {
    return codes.map((code) => this.columnOf.get(code) ?? -1);
  }
}

/**
 * Hands out the current index, rebuilding it when the store changed (an import in this process
 * or in another). Building reads every vote once; between changes every request shares it.
 */
export class VoteIndexHolder {
  private index: VoteIndex | null = null;
  private builtAt = "";

  constructor(private readonly store: UnVotesStore) {}

  /**
   * The index of the store's current contents, built again when they changed; but while this
   * process imports, the one built before: a request then answers from the data before the
   * import (one consistent snapshot, not half of the new batches), and the import is not starved
   * by a rebuild per committed batch.
   */
  current(): VoteIndex {
    if (this.index && this.store.importing()) return this.index;
    const version = this.store.version();
    if (!this.index || version !== this.builtAt) {
      this.index = VoteIndex.build(this.store);
      this.builtAt = version;
    }
    return this.index;
  }
}
