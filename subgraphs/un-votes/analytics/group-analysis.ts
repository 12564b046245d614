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
import type { VoteIndex } from "./vote-index.js";

export type DyadValue = { a: string; b: string; agreement: number | null; rollCalls: number };
export type CoincidenceValue = { code: string; coincidence: number | null; counts: DyadCounts };

export class GroupAnalysis {
  private memo = new Map<string, unknown>();

  constructor(
    readonly index: VoteIndex,
    readonly codes: readonly string[],
    readonly rows: readonly number[],
  ) {}

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  tallies(): GroupRollCall[] {
    return this.once("tallies", () => tallyGroup(this.index, this.index.columns(this.codes), this.rows));
  }

  cohesion(): { cohesion: number | null; counted: number } {
    return this.once("cohesion", () => meanAgreement(this.tallies()));
  }

  bySession(): SessionCohesionValue[] {
    return this.once("bySession", () => cohesionBySession(this.index, this.tallies()));
  }

  defections(): DefectionValue[] {
    return this.once("defections", () => defections(this.index, this.codes, this.tallies()));
  }

  /** Every unordered pair of members, in the order the members were given; stops at the request's deadline (quadratic in the members). */
  agreementMatrix(deadline?: Deadline): DyadValue[] {
    return this.once("matrix", () => {
      const columns = this.index.columns(this.codes);
      const dyads: DyadValue[] = [];
      for (let i = 0; i < this.codes.length; i++) {
        deadline?.check("The agreement matrix");
        for (let j = i + 1; j < this.codes.length; j++) {
          const counts = compare(this.index, columns[i], columns[j], this.rows);
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
        const counts = compare(this.index, columns[m], referenceColumn, this.rows);
        return { code, coincidence: votingCoincidence(counts), counts };
      });
    });
  }
}
