/**
 * Every pair of activities of different bodies that scores at least a threshold: quadratic in the
 * activities (about 1,300 of them pair 850,000 ways), so run in a worker thread
 * (overlaps-pool.ts). Plain data in and out, as it crosses threads.
 */
import type { ActivityRecord as Activity } from "../../shared/bodies/Activity.js";
import { similarity, similarityScore, type ScoreComponents } from "./activity-similarity.js";

export type ActivityPair = { a: Activity; b: Activity; score: number; reasons: string[]; components: ScoreComponents };

export type ActivityPairsQuestion = {
  activities: readonly Activity[];
  /** Each activity's words as a vector, by activity id. */
  vectors: ReadonlyMap<string, Map<string, number>>;
  minScore: number;
  /** Only activities of these bodies; every body when null. */
  bodies: readonly string[] | null;
};

export function activityPairs({ activities: all, vectors, minScore, bodies }: ActivityPairsQuestion): ActivityPair[] {
  const activities = all.filter((a) => !bodies || bodies.includes(a.bodyId));
  const pairs: ActivityPair[] = [];
  for (let i = 0; i < activities.length; i++) {
    for (let j = i + 1; j < activities.length; j++) {
      const [a, b] = [activities[i], activities[j]];
      if (a.bodyId === b.bodyId) continue;
      const pairVectors = { a: vectors.get(a.id)!, b: vectors.get(b.id)! };
      // The score alone for every pair; its reasons only for the pairs kept.
      if (similarityScore(a, b, pairVectors) < minScore) continue;
      pairs.push({ a, b, ...similarity(a, b, pairVectors) });
    }
  }
  return pairs.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
}
