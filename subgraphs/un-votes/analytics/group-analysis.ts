/** The analyses of one group over one period, each computed once on first use and shared by every field asking for it. */
import { commonRollCalls, compare, dyadicAgreement, votingCoincidence, type DyadCounts } from "./dyads.js";
import {
  cohesionBySession,
  defections,
  meanAgreement,
  tallyGroup,
  type DefectionValue,
  type GroupRollCall,
  type SessionCohesionValue,
} from "./group-voting.js";
import type { Deadline } from "../../platform/deadline.js";
import { memberBreakdown, type MemberBreakdown } from "./member-breakdown.js";
import type { VoteIndex } from "./vote-index.js";

/** Whether the group's member `m` (an index into its codes) belonged on the roll call in `row`. */
export type IsMember = (m: number, row: number) => boolean;

export type DyadValue = { a: string; b: string; agreement: number | null; rollCalls: number };
export type CoincidenceValue = { code: string; coincidence: number | null; counts: DyadCounts };

export class GroupAnalysis {
  private memo = new Map<string, unknown>();

  constructor(
    readonly index: VoteIndex,
    readonly codes: readonly string[],
    readonly rows: readonly number[],
    /** Membership on each roll call's date; absent, every member counts on every roll call. */
    readonly isMember?: IsMember,
  ) {}

  /** The rows on which member `m` belonged (all rows without dated membership). */
  private rowsOf(m: number): readonly number[] {
    const isMember = this.isMember;
    return isMember ? this.once(`rows:${m}`, () => this.rows.filter((row) => isMember(m, row))) : this.rows;
  }

  /** The rows on which both members belonged. */
  private rowsOfBoth(a: number, b: number): readonly number[] {
    const isMember = this.isMember;
    return isMember ? this.rows.filter((row) => isMember(a, row) && isMember(b, row)) : this.rows;
  }

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  tallies(): GroupRollCall[] {
    return this.once("tallies", () => tallyGroup(this.index, this.index.columns(this.codes), this.rows, this.isMember));
  }

  cohesion(): { cohesion: number | null; counted: number } {
    return this.once("cohesion", () => meanAgreement(this.tallies()));
  }

  bySession(): SessionCohesionValue[] {
    return this.once("bySession", () => cohesionBySession(this.index, this.tallies()));
  }

  defections(): DefectionValue[] {
    return this.once("defections", () => defections(this.index, this.codes, this.tallies(), this.isMember));
  }

  /** One member's defections by session and by issue; empty lists for a code that is not a member. */
  breakdownOf(code: string): MemberBreakdown {
    return this.once(`breakdown:${code}`, () => {
      const m = this.codes.indexOf(code);
      if (m < 0) return { bySession: [], byIssue: [] };
      const isMember = this.isMember;
      return memberBreakdown(this.index, this.index.columnOf.get(code) ?? -1, this.tallies(), isMember ? (row) => isMember(m, row) : undefined);
    });
  }

  /** Every unordered pair of members, in the order the members were given; stops at the request's deadline (quadratic in the members). */
  agreementMatrix(deadline?: Deadline): DyadValue[] {
    return this.once("matrix", () => {
      const columns = this.index.columns(this.codes);
      const dyads: DyadValue[] = [];
      for (let i = 0; i < this.codes.length; i++) {
        deadline?.check("The agreement matrix");
        for (let j = i + 1; j < this.codes.length; j++) {
          const counts = compare(this.index, columns[i], columns[j], this.rowsOfBoth(i, j));
          dyads.push({ a: this.codes[i], b: this.codes[j], agreement: dyadicAgreement(counts), rollCalls: commonRollCalls(counts) });
        }
      }
      return dyads;
    });
  }

  coincidenceWith(reference: string): CoincidenceValue[] {
    return this.once(`coincidence:${reference}`, () => {
      const referenceColumn = this.index.columnOf.get(reference) ?? -1;
      const columns = this.index.columns(this.codes);
      return this.codes.map((code, m) => {
        const counts = compare(this.index, columns[m], referenceColumn, this.rowsOf(m));
        return { code, coincidence: votingCoincidence(counts), counts };
      });
    });
  }
}
