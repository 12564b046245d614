/**
 * One member's defections from its group broken down by session and by issue tag: the same
 * counts as `defections` (group-voting.ts), kept apart per session and per issue so a reader sees
 * when and on what a member parted from its group. A roll call carrying several issue tags counts
 * under each; one carrying none under no issue.
 */
import { UN_ISSUES, type IssueCode } from "../import/issues.js";
import type { GroupRollCall } from "./group-voting.js";
import type { VoteIndex } from "./vote-index.js";

const ISSUE_ORDER: readonly IssueCode[] = UN_ISSUES.map((issue) => issue.code);

export type DefectionCounts = { compared: number; count: number };
export type MemberBreakdown = {
  bySession: (DefectionCounts & { session: number })[];
  byIssue: (DefectionCounts & { issue: IssueCode })[];
};

/**
 * Walks the group's tallies once for the member in `column` (-1: it never voted, so nothing is
 * compared); `belongs(row)` says whether it was a member on that roll call (always, without dates).
 */
export function memberBreakdown(
  index: VoteIndex,
  column: number,
  tallies: readonly GroupRollCall[],
  belongs: (row: number) => boolean = () => true,
): MemberBreakdown {
  const sessions = new Map<number, DefectionCounts>();
  const issues = new Map<IssueCode, DefectionCounts>();
  const add = <K>(map: Map<K, DefectionCounts>, key: K, defected: boolean) => {
    let counts = map.get(key);
    if (!counts) map.set(key, (counts = { compared: 0, count: 0 }));
    counts.compared++;
    if (defected) counts.count++;
  };
  if (column >= 0) {
    for (const tally of tallies) {
      if (tally.position === 0 || !belongs(tally.row)) continue;
      const vote = index.votes[tally.row * index.width + column];
      if (vote === 0) continue;
      const defected = vote !== tally.position;
      const rollCall = index.rollCalls[tally.row];
      add(sessions, rollCall.session, defected);
      for (const issue of rollCall.issues) add(issues, issue, defected);
    }
  }
  return {
    bySession: [...sessions].sort(([a], [b]) => a - b).map(([session, counts]) => ({ session, ...counts })),
    byIssue: [...issues].sort(([a], [b]) => ISSUE_ORDER.indexOf(a) - ISSUE_ORDER.indexOf(b)).map(([issue, counts]) => ({ issue, ...counts })),
  };
}
