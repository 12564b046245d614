/**
 * Activity pairs computed in a worker thread (HUB_ANALYSIS_THREADS, as un-votes' analyses), so a
 * request comparing every pair (up to a second on the real data) does not hold up the subgraph's
 * other requests, its /health or the secretariat's checks; in this thread when threads are 0.
 */
import type { Piscina } from "piscina";
import type { Deadline } from "../../platform/deadline.js";
import { analysisThreads, runInPool, workerPool } from "../../platform/worker-threads.js";
import { activityPairs, type ActivityPair, type ActivityPairsQuestion } from "./activity-pairs.js";

let pool: Piscina | null | undefined;

export function activityPairsInThread(question: ActivityPairsQuestion, deadline: Deadline): Promise<ActivityPair[]> {
  if (pool === undefined) pool = workerPool(new URL("./activity-pairs-worker.js", import.meta.url), analysisThreads());
  if (!pool) {
    deadline.check("The activity overlaps");
    return Promise.resolve(activityPairs(question));
  }
  return runInPool<ActivityPair[]>(pool, question, deadline, "The activity overlaps");
}
