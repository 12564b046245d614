/**
 * Activity pairs computed in a worker thread equal those computed in this thread, over generated
 * activity sets (SYNTHETIC activities, made here from a seed for this test only) and thresholds.
 */
import { describe, expect, it } from "vitest";
import { Deadline } from "../../subgraphs/platform/deadline.js";
import { activityPairsInThread } from "../../subgraphs/overlaps/analytics/overlaps-pool.js";
import { activityPairs } from "../../subgraphs/overlaps/analytics/activity-pairs.js";
import { textOf, TextModel } from "../../subgraphs/overlaps/analytics/activity-similarity.js";
import type { ActivityRecord } from "../../subgraphs/shared/bodies/Activity.js";
import { seededRandom } from "../conformance/operations.js";

const WORDS = "civil society elections observation media freedom judiciary corruption transparency women rights youth digital parliament refugees".split(" ");
const TOPICS = ["civil society", "elections", "media freedom", "rule of law", "corruption", "human rights"];
const CODES = ["USA", "FRA", "DEU", "BRA", "IND", "ZAF", "JPN", "CAN"];

function generated(random: () => number, count: number): ActivityRecord[] {
  const pick = <T>(list: readonly T[], n: number) => list.filter(() => random() < n / list.length);
  return Array.from({ length: count }, (_, i) => {
    const bodyId = `body-${Math.floor(random() * 6)}`;
    const start = 2000 + Math.floor(random() * 25);
    return {
      id: `synthetic-${i}`,
      bodyId,
      body: { id: bodyId },
      kind: "PROGRAMME",
      title: pick(WORDS, 3).join(" ") || "programme",
      description: random() < 0.7 ? pick(WORDS, 6).join(" ") : null,
      topics: pick(TOPICS, 2),
      countryCodes: pick(CODES, 3),
      startDate: random() < 0.8 ? `${start}-01-01` : null,
      endDate: random() < 0.5 ? `${start + 3}-12-31` : null,
      source: { name: "synthetic", url: null, retrieved: null },
    } as unknown as ActivityRecord;
  });
}

describe("activity pairs in a worker thread", () => {
  it("equal the pairs computed in this thread, for 12 generated sets, thresholds and body lists", async () => {
    const random = seededRandom(2026);
    for (let trial = 0; trial < 12; trial++) {
      const activities = generated(random, 20 + Math.floor(random() * 80));
      const model = new TextModel(activities.map(textOf), true);
      const vectors = new Map(activities.map((activity) => [activity.id, model.vector(textOf(activity))]));
      const question = { activities, vectors, minScore: [0, 0.1, 0.3, 0.6][trial % 4]!, bodies: trial % 3 === 0 ? ["body-1", "body-2"] : null };
      const threaded = await activityPairsInThread(question, Deadline.forRequest(undefined));
      expect(threaded, `trial ${trial}`).toEqual(activityPairs(question));
      if (question.minScore === 0) expect(threaded.length).toBeGreaterThan(0);
    }
  });
});
