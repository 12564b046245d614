/**
 * Two states' voting compared roll call by roll call, over roll calls on which both voted yes,
 * no or abstain (absences and non-membership excluded):
 * - dyadic agreement (Voeten): the same vote 1 (both abstaining included), one abstains and the
 *   other not 0.5, yes against no 0; the mean;
 * - voting coincidence, the US State Department's method of 2017–2020:
 *   (same + ½ partial) / (same + opposite + partial), where "same" is an identical yes or no and
 *   "partial" means exactly one of the two abstained; roll calls on which both abstained are
 *   neither identical nor opposite votes in that method and are left out.
 */
import { ABSTAIN, type VoteIndex } from "./vote-index.js";

export type DyadCounts = { same: number; bothAbstained: number; partial: number; opposite: number };

export function compare(index: VoteIndex, columnA: number, columnB: number, rows: readonly number[]): DyadCounts {
  const counts = { same: 0, bothAbstained: 0, partial: 0, opposite: 0 };
  if (columnA < 0 || columnB < 0) return counts;
  const width = index.width;
  for (let i = 0; i < rows.length; i++) {
    const base = rows[i] * width;
    const a = index.votes[base + columnA];
    const b = index.votes[base + columnB];
    if (a === 0 || b === 0) continue;
    if (a === b) {
      if (a === ABSTAIN) counts.bothAbstained++;
      else counts.same++;
    } else if (a === ABSTAIN || b === ABSTAIN) counts.partial++;
    else counts.opposite++;
  }
  return counts;
}

/** Roll calls on which both voted. */
export function commonRollCalls(counts: DyadCounts): number {
  return counts.same + counts.bothAbstained + counts.partial + counts.opposite;
}

/** Voeten's dyadic agreement; null when the two never both voted. */
export function dyadicAgreement(counts: DyadCounts): number | null {
  const total = commonRollCalls(counts);
  return total === 0 ? null : (counts.same + counts.bothAbstained + 0.5 * counts.partial) / total;
}

/** The State Department's voting coincidence; null when there is nothing to compare. */
export function votingCoincidence(counts: DyadCounts): number | null {
  const total = counts.same + counts.opposite + counts.partial;
  return total === 0 ? null : (counts.same + 0.5 * counts.partial) / total;
}
