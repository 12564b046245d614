/**
 * Which past roll calls are like a coming vote: the words of four or more letters that their
 * titles and descriptions share with it (Jaccard overlap of the two word sets), with shared issue
 * tags as a tie-breaker. Word overlap found recurring resolutions, which the General Assembly
 * votes on year after year, better than TF-IDF cosine when `npm run eval:whip` compared the two
 * on held-out sessions. Deterministic and explainable: every
 * match says which words and issues it shares.
 */
import type { IssueCode } from "../import/issues.js";
import type { VoteIndex } from "./vote-index.js";

/** The share of the score that issue tags carry beside a text: enough to order equal texts, too little to outweigh shared words. The score stays from 0 to 1. */
const ISSUE_TIE_BREAK = 0.05;

export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
}

const wordSets = new WeakMap<VoteIndex, Set<string>[]>();

/** Each roll call's words, worked out once per index. */
function wordSetsOf(index: VoteIndex): Set<string>[] {
  let sets = wordSets.get(index);
  if (!sets) wordSets.set(index, (sets = index.rollCalls.map((rc) => wordsOf(`${rc.shortTitle ?? ""} ${rc.description ?? ""}`))));
  return sets;
}

export type SimilarRollCall = { row: number; score: number; textScore: number; issueScore: number; sharedIssues: IssueCode[]; sharedTerms: string[] };

/**
 * The `limit` most similar roll calls among `rows`, scored from 0 to 1. With a text, the score is
 * mostly its word overlap, with a small share for issues in common; with issue tags alone, the
 * Jaccard overlap of the tags.
 * Ties go to the more recent roll call.
 */
export function similarRollCalls(
  index: VoteIndex,
  query: { text: string; issues: readonly IssueCode[] },
  rows: readonly number[],
  limit: number,
): SimilarRollCall[] {
  const queryWords = wordsOf(query.text);
  const useText = queryWords.size > 0;
  const useIssues = query.issues.length > 0;
  if (!useText && !useIssues) return [];
  const wanted = new Set(query.issues);
  const sets = wordSetsOf(index);
  const scored: SimilarRollCall[] = [];
  for (const row of rows) {
    let textScore = 0;
    const sharedTerms: string[] = [];
    if (useText) {
      const words = sets[row];
      for (const word of queryWords) if (words.has(word)) sharedTerms.push(word);
      textScore = sharedTerms.length / (queryWords.size + words.size - sharedTerms.length);
    }
    const issues = index.rollCalls[row].issues;
    const sharedIssues = issues.filter((issue) => wanted.has(issue));
    const union = new Set([...issues, ...wanted]).size;
    const issueScore = useIssues && union > 0 ? sharedIssues.length / union : 0;
    const score = useText ? (useIssues ? (1 - ISSUE_TIE_BREAK) * textScore + ISSUE_TIE_BREAK * issueScore : textScore) : issueScore;
    if (score <= 0) continue;
    scored.push({
      row,
      score,
      textScore,
      issueScore,
      sharedIssues,
      sharedTerms: sharedTerms.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, 5),
    });
  }
  return scored.sort((a, b) => b.score - a.score || b.row - a.row).slice(0, limit);
}
