/**
 * The overlaps subgraph's worker threads (HUB_ANALYSIS_THREADS, as un-votes' analyses), so work
 * that takes up to seconds on the real data does not hold up the subgraph's other requests, its
 * /health or the secretariat's checks: comparing every pair of activities, and reading the
 * registry's memberships after the store changed. In this thread when threads are 0.
 */
import type { Piscina } from "piscina";
import { Deadline, MAX_WORK_MS } from "../../platform/deadline.js";
import { analysisThreads, runInPool, workerPool } from "../../platform/worker-threads.js";
import { activityPairs, type ActivityPair, type ActivityPairsQuestion } from "./activity-pairs.js";
import type { OverlapsTask } from "./overlaps-worker.js";
import type { PackedMemberships } from "./registry-members.js";

let pool: Piscina | null | undefined;

function overlapsPool(): Piscina | null {
  if (pool === undefined) pool = workerPool(new URL("./overlaps-worker.js", import.meta.url), analysisThreads());
  return pool;
}

function run<T>(task: OverlapsTask, deadline: Deadline, work: string): Promise<T> {
  return runInPool<T>(overlapsPool()!, task, deadline, work);
}

export function activityPairsInThread(question: ActivityPairsQuestion, deadline: Deadline): Promise<ActivityPair[]> {
  if (!overlapsPool()) {
    deadline.check("The activity overlaps");
    return Promise.resolve(activityPairs(question));
  }
  return run({ kind: "activity-pairs", question }, deadline, "The activity overlaps");
}

/** The registry's memberships read in a worker thread from the store's file; null where there is no thread or no file (an in-memory store), for the caller to read them itself. */
export function packedMembershipsInThread(storeFile: string): Promise<PackedMemberships> | null {
  if (!overlapsPool() || storeFile === ":memory:" || storeFile === "") return null;
  return run({ kind: "registry-members", storeFile }, new Deadline(Date.now() + MAX_WORK_MS, MAX_WORK_MS), "Reading the registry's memberships");
}
