/**
 * How much two activities (or a proposal and an activity) cover the same ground. The score is a
 * weighted mean of the components both sides have, each between 0 and 1:
 *   topics       0.4  Jaccard of their topic sets (only when both give topics: none given is "not given", not "nothing shared")
 *   text         0.3  TF-IDF cosine of title and description (IDF over every activity and body known;
 *                     words reduced to their stems, so "observers" meets "observation")
 *   participants 0.2  Jaccard of participating countries (only when both list some)
 *   time         0.1  1 when their periods overlap, 0 when not (only when both have a start)
 * Every component that counted is spelled out in the reasons. Deterministic: the same inputs give
 * the same score, whatever the order.
 */
import { stemmer } from "stemmer";

export type Comparable = {
  title: string;
  description: string | null;
  topics: readonly string[];
  countryCodes: readonly string[];
  startDate: string | null;
  endDate: string | null;
};

export const WEIGHTS = { topics: 0.4, text: 0.3, participants: 0.2, time: 0.1 } as const;

/** Words too common in this corpus to tell activities apart (every one is about democracy, most are run by governments). */
const STOP = new Set(
  "the of and for on in to a an with by at from its their this that will which who has have are was were been be into also such other more than working group groups democracy democracies democratic government governments support including new".split(
    " ",
  ),
);

const stems = new Map<string, string>();

/** The text's words, lower case, stop words out, each reduced to its Porter stem (memoised: the corpus repeats its words); `stem: false` keeps the words whole. */
export function terms(text: string, stem = true): string[] {
  const words = (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((word) => !STOP.has(word));
  if (!stem) return words;
  return words.map((word) => {
    let stem = stems.get(word);
    if (stem === undefined) {
      stem = stemmer(word);
      if (stems.size < 100_000) stems.set(word, stem);
    }
    return stem;
  });
}

type Vector = Map<string, number>;

/** IDF weights over a corpus of activities; vectors are unit length. */
export class TextModel {
  private readonly idf = new Map<string, number>();
  private readonly documents: number;

  constructor(
    texts: readonly string[],
    private readonly stem = true,
  ) {
    this.documents = texts.length;
    const df = new Map<string, number>();
    for (const text of texts) for (const term of new Set(terms(text, stem))) df.set(term, (df.get(term) ?? 0) + 1);
    for (const [term, count] of df) this.idf.set(term, Math.log((1 + this.documents) / (1 + count)) + 1);
  }

  vector(text: string): Vector {
    const counts = new Map<string, number>();
    for (const term of terms(text, this.stem)) counts.set(term, (counts.get(term) ?? 0) + 1);
    const vector: Vector = new Map();
    let norm = 0;
    for (const [term, count] of counts) {
      // A term no activity uses weighs as a term found once.
      const weight = count * (this.idf.get(term) ?? Math.log(1 + this.documents) + 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  }
}

export function textOf(item: Pick<Comparable, "title" | "description">): string {
  return `${item.title} ${item.description ?? ""}`;
}

/** Jaccard of two lists without repeats; small lists, so no sets are built. */
function jaccardOf(a: readonly string[], b: readonly string[]): { value: number; shared: number } {
  let shared = 0;
  for (const item of b) if (a.includes(item)) shared++;
  const union = a.length + b.length - shared;
  return { value: union === 0 ? 0 : shared / union, shared };
}

/** The terms two vectors share, heaviest first (at most five): what a reason names. */
export function sharedTerms(a: Vector, b: Vector): string[] {
  return [...a.entries()]
    .filter(([term]) => b.has(term))
    .map(([term, weight]) => [term, weight * b.get(term)!] as const)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, 5)
    .map(([term]) => term);
}

export function cosine(a: Vector, b: Vector): number {
  let value = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) value += weight * other;
  }
  return value;
}

/** "2018-06-09" → its first and last day; "2016" → the year; open end → far future. */
function span(start: string | null, end: string | null): [string, string] | null {
  if (!start) return null;
  const last = end ? (end.length === 4 ? `${end}-12-31` : end.length === 7 ? `${end}-31` : end) : "9999-12-31";
  const first = start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
  return [first, last];
}

/** Each part of an activity score on its own, 0 to 1; null for a part that does not apply (a side lists no countries, or has no start). */
export type ScoreComponents = { topics: number | null; text: number | null; countries: number | null; period: number | null; membership: number | null };
export type Similarity = { score: number; reasons: string[]; components: ScoreComponents };

const f = (value: number) => value.toFixed(2);

/** The score alone: what ranking needs, computed for every candidate. */
export function similarityScore(a: Comparable, b: Comparable, vectors: { a: Vector; b: Vector }): number {
  let total = WEIGHTS.text * cosine(vectors.a, vectors.b);
  let weight = WEIGHTS.text;
  if (a.topics.length && b.topics.length) {
    total += WEIGHTS.topics * jaccardOf(a.topics, b.topics).value;
    weight += WEIGHTS.topics;
  }
  if (a.countryCodes.length && b.countryCodes.length) {
    total += WEIGHTS.participants * jaccardOf(a.countryCodes, b.countryCodes).value;
    weight += WEIGHTS.participants;
  }
  const spanA = span(a.startDate, a.endDate);
  const spanB = span(b.startDate, b.endDate);
  if (spanA && spanB) {
    total += WEIGHTS.time * (spanA[0] <= spanB[1] && spanB[0] <= spanA[1] ? 1 : 0);
    weight += WEIGHTS.time;
  }
  return total / weight;
}

/** The score with its reasons: what a client sees, computed for the matches returned. */
export function similarity(a: Comparable, b: Comparable, vectors: { a: Vector; b: Vector }): Similarity {
  const reasons: string[] = [];
  const bothTopics = a.topics.length > 0 && b.topics.length > 0;
  const topics = jaccardOf(a.topics, b.topics);
  const sharedTopics = b.topics.filter((t) => a.topics.includes(t)).sort();
  if (!bothTopics) reasons.push(`topics: not given ${a.topics.length ? "for the existing activity" : "for this one"}, so not counted`);
  else if (topics.shared) reasons.push(`topics in common: ${sharedTopics.join(", ")} (Jaccard ${f(topics.value)})`);
  else reasons.push("no topic in common");
  const textCosine = cosine(vectors.a, vectors.b);
  const terms = sharedTerms(vectors.a, vectors.b);
  if (terms.length) reasons.push(`similar wording: ${terms.join(", ")} (cosine ${f(textCosine)})`);
  if (a.countryCodes.length && b.countryCodes.length) {
    const people = jaccardOf(a.countryCodes, b.countryCodes);
    reasons.push(`participants in common: ${people.shared} (Jaccard ${f(people.value)})`);
  }
  const spanA = span(a.startDate, a.endDate);
  const spanB = span(b.startDate, b.endDate);
  const periodsOverlap = spanA && spanB ? spanA[0] <= spanB[1] && spanB[0] <= spanA[1] : null;
  if (periodsOverlap !== null) reasons.push(periodsOverlap ? "their periods overlap" : "their periods do not overlap");
  const components: ScoreComponents = {
    topics: bothTopics ? topics.value : null,
    text: textCosine,
    countries: a.countryCodes.length && b.countryCodes.length ? jaccardOf(a.countryCodes, b.countryCodes).value : null,
    period: periodsOverlap === null ? null : periodsOverlap ? 1 : 0,
    membership: null,
  };
  return { score: similarityScore(a, b, vectors), reasons, components };
}
