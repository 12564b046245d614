/**
 * Which past roll calls are like a coming vote: TF-IDF cosine similarity over their titles and
 * descriptions, and the share of issue tags in common (Jaccard). Deterministic, explainable:
 * every match says which issues and which words it shares.
 */
import type { IssueCode } from "../import/issues.js";
import type { VoteIndex } from "./vote-index.js";

const STOP_WORDS = new Set(
  "the of and to in on a an for by with at as or be is are was its it this that from their which all other any such into upon under re draft resolution resolutions adopt adopted vote votes voting para paragraph amendment amendments proposal proposals committee general assembly united nations question report".split(" "),
);

export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((word) => !STOP_WORDS.has(word));
}

type Vector = Map<string, number>;

class TextModel {
  readonly vectors: Vector[];
  readonly idf = new Map<string, number>();

  constructor(index: VoteIndex) {
    const documents = index.rollCalls.map((rc) => tokens(`${rc.shortTitle ?? ""} ${rc.description ?? ""}`));
    const documentFrequency = new Map<string, number>();
    for (const words of documents) for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    for (const [word, df] of documentFrequency) this.idf.set(word, Math.log((1 + documents.length) / (1 + df)) + 1);
    this.vectors = documents.map((words) => this.vector(words));
  }

  vector(words: string[]): Vector {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    const vector: Vector = new Map();
    let norm = 0;
    for (const [word, count] of counts) {
      const weight = count * (this.idf.get(word) ?? 0);
      if (weight === 0) continue;
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    return vector;
  }
}

const models = new WeakMap<VoteIndex, TextModel>();

function model(index: VoteIndex): TextModel {
  let found = models.get(index);
  if (!found) {
    found = new TextModel(index);
    models.set(index, found);
  }
  return found;
}

export type SimilarRollCall = { row: number; score: number; textScore: number; issueScore: number; sharedIssues: IssueCode[]; sharedTerms: string[] };

/**
 * The `limit` most similar roll calls. With both text and issues the score is the mean of the
 * two similarities; with one of them, that one. Ties go to the more recent roll call.
 */
export function similarRollCalls(index: VoteIndex, query: { text: string; issues: readonly IssueCode[] }, rows: readonly number[], limit: number): SimilarRollCall[] {
  const textModel = model(index);
  const queryVector = textModel.vector(tokens(query.text));
  const useText = queryVector.size > 0;
  const useIssues = query.issues.length > 0;
  if (!useText && !useIssues) return [];
  const wanted = new Set(query.issues);
  const scored: SimilarRollCall[] = [];
  for (const row of rows) {
    let textScore = 0;
    const shared: [string, number][] = [];
    if (useText) {
      const vector = textModel.vectors[row];
      for (const [word, weight] of queryVector) {
        const other = vector.get(word);
        if (other !== undefined) {
          textScore += weight * other;
          shared.push([word, weight * other]);
        }
      }
    }
    const issues = index.rollCalls[row].issues;
    const sharedIssues = issues.filter((issue) => wanted.has(issue));
    const union = new Set([...issues, ...wanted]).size;
    const issueScore = useIssues && union > 0 ? sharedIssues.length / union : 0;
    const score = useText && useIssues ? (textScore + issueScore) / 2 : useText ? textScore : issueScore;
    if (score <= 0) continue;
    const sharedTerms = shared.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([word]) => word);
    scored.push({ row, score, textScore, issueScore, sharedIssues, sharedTerms });
  }
  return scored.sort((a, b) => b.score - a.score || b.row - a.row).slice(0, limit);
}
