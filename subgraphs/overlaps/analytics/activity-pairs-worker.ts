/** A worker thread of the overlaps subgraph: computes activity pairs (activity-pairs.ts). */
import { activityPairs, type ActivityPair, type ActivityPairsQuestion } from "./activity-pairs.js";

export default function run(question: ActivityPairsQuestion): ActivityPair[] {
  return activityPairs(question);
}
