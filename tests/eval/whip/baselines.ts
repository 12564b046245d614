/**
 * The three spreadsheet baselines a whip sheet must beat, from the definitions in the issue that
 * set the targets. All three look only at the four sessions before the held-out one (every roll
 * call dated before the cut-off):
 * - most frequent: each state's most frequent vote;
 * - same issues: its most frequent vote on roll calls with exactly the target's issue tags,
 *   failing that its most frequent vote;
 * - nearest title: its vote on the roll call whose title and description share the most words
 *   (Jaccard overlap of the words of four or more letters), the five best matches tried in order
 *   until one has a vote by that state; failing that, "same issues".
 * Ties in "most frequent" go to yes, then no, then abstain.
 */
import type { RollCallRecord, Vote } from "./history.js";

export type BaselineName = "nearestTitle" | "sameIssues" | "mostFrequent";
export const BASELINES: readonly BaselineName[] = ["nearestTitle", "sameIssues", "mostFrequent"];

/** Words of four or more letters, lower case. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

type Counts = [number, number, number, number];

function mostFrequent(counts: Counts | undefined): Vote | null {
  if (!counts) return null;
  let best: Vote | null = null;
  for (const vote of [1, 2, 3] as Vote[]) if (counts[vote] > 0 && (best === null || counts[vote] > counts[best])) best = vote;
  return best;
}

/** The baselines' view of the four sessions before a held-out session. */
export class Baselines {
  private readonly window: { rollCall: RollCallRecord; words: Set<string> }[];
  private readonly overall = new Map<string, Counts>();
  private readonly byIssues = new Map<string, Map<string, Counts>>();

  constructor(history: readonly RollCallRecord[], session: number) {
    const window = history.filter((rollCall) => rollCall.session >= session - 4 && rollCall.session < session);
    this.window = window.map((rollCall) => ({ rollCall, words: wordsOf(`${rollCall.title} ${rollCall.description}`) }));
    for (const rollCall of window) {
      const key = rollCall.issues.join(",");
      const issueCounts = this.byIssues.get(key) ?? new Map<string, Counts>();
      this.byIssues.set(key, issueCounts);
      for (const [code, vote] of rollCall.votes) {
        for (const table of [this.overall, issueCounts]) {
          const counts = table.get(code) ?? [0, 0, 0, 0];
          counts[vote]++;
          table.set(code, counts);
        }
      }
    }
  }

  /** The window's roll calls sharing words with the target, most similar first (ties: the more recent). */
  private ranked(target: RollCallRecord): { rollCall: RollCallRecord; similarity: number }[] {
    const words = wordsOf(`${target.title} ${target.description}`);
    return this.window
      .map(({ rollCall, words: other }) => ({ rollCall, similarity: jaccard(words, other) }))
      .filter((match) => match.similarity > 0)
      .sort((a, b) => b.similarity - a.similarity || b.rollCall.date.localeCompare(a.rollCall.date));
  }

  /**
   * How far copying precedents can go: each state's own votes on the window's roll calls ranked
   * by title similarity (all matches, not only the five best), its first three. Whether the vote
   * it then cast is the first of them, or any of the three (an oracle that knows which to pick),
   * bounds every forecaster that copies a state's own precedent.
   */
  ownPrecedentVotes(target: RollCallRecord): Map<string, Vote[]> {
    const ranked = this.ranked(target);
    const votes = new Map<string, Vote[]>();
    for (const code of target.votes.keys()) {
      const own: Vote[] = [];
      for (const match of ranked) {
        const vote = match.rollCall.votes.get(code);
        if (vote !== undefined) own.push(vote);
        if (own.length === 3) break;
      }
      votes.set(code, own);
    }
    return votes;
  }

  /** The three predictions for every state that voted on the target. */
  predict(target: RollCallRecord): Map<string, Record<BaselineName, Vote | null>> {
    const nearest = this.ranked(target).slice(0, 5);
    const issueCounts = this.byIssues.get(target.issues.join(","));
    const predictions = new Map<string, Record<BaselineName, Vote | null>>();
    for (const code of target.votes.keys()) {
      const mostFrequentVote = mostFrequent(this.overall.get(code));
      const sameIssues = mostFrequent(issueCounts?.get(code)) ?? mostFrequentVote;
      const byTitle = nearest.map((match) => match.rollCall.votes.get(code)).find((vote) => vote !== undefined) ?? null;
      predictions.set(code, { nearestTitle: byTitle ?? sameIssues, sameIssues, mostFrequent: mostFrequentVote });
    }
    return predictions;
  }
}
