/**
 * Worker threads for a subgraph's heavy computations (piscina), shared by the subgraphs that need
 * them: how many threads (HUB_ANALYSIS_THREADS), the worker file compiled or from source, and a
 * request's deadline enforced by aborting its task. `threads: 0` means no pool: callers compute
 * on their own thread, the reference the pooled path is tested against.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { GraphQLError } from "graphql";
import { Piscina } from "piscina";
import type { Deadline } from "./deadline.js";
import { ErrorCode } from "./errors.js";

/** One thread fewer than the machine has cores (the subgraph's own thread needs one), at least one. */
export const DEFAULT_ANALYSIS_THREADS = Math.max(1, availableParallelism() - 1);
/** Tasks waiting for a thread beyond which a new one is refused at once rather than left to time out. */
const MAX_QUEUED = 64;
/** A thread idle this long exits; the next task starts one again. */
const IDLE_MS = 60_000;

/** HUB_ANALYSIS_THREADS, checked: a whole number from 0 to 64; cores − 1 when unset. */
export function analysisThreads(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.HUB_ANALYSIS_THREADS;
  const threads = raw === undefined || raw === "" ? DEFAULT_ANALYSIS_THREADS : Number(raw);
  if (!Number.isInteger(threads) || threads < 0 || threads > 64) {
    throw new Error(`HUB_ANALYSIS_THREADS: expected a whole number from 0 to 64, received ${JSON.stringify(raw)}`);
  }
  return threads;
}

/**
 * A pool running the default export of `worker` (a URL of a module, `.js` beside its source once
 * compiled); null when `threads` is 0. Its threads exit when idle, unless `keepAlive`: a pool whose
 * threads hold caches worth more than the memory they keep (the analyses' decoded index, word sets
 * and calibrations) keeps them all.
 */
export function workerPool(worker: URL, threads: number, { keepAlive = false } = {}): Piscina | null {
  if (threads <= 0) return null;
  const compiled = fileURLToPath(new URL(worker.href.replace(/\.ts$/, ".js")));
  const options = { minThreads: keepAlive ? threads : 0, maxThreads: threads, maxQueue: MAX_QUEUED, idleTimeout: IDLE_MS };
  if (existsSync(compiled)) return new Piscina({ ...options, filename: compiled });
  return new Piscina({
    ...options,
    filename: fileURLToPath(new URL("./typescript-worker.mjs", import.meta.url)),
    workerData: { typescriptSource: new URL(worker.href.replace(/\.js$/, ".ts")).href },
  });
}

/** Runs `task` in `pool` within the request's deadline: past it the task is aborted (its thread stopped) and DEADLINE_EXCEEDED thrown. */
export async function runInPool<T>(pool: Piscina, task: unknown, deadline: Deadline, work: string): Promise<T> {
  deadline.check(work);
  const signal = AbortSignal.timeout(Math.max(1, deadline.at - Date.now()));
  try {
    return (await pool.run(task, { signal })) as T;
  } catch (error) {
    if (signal.aborted) deadline.check(work, Math.max(Date.now(), deadline.at));
    if (error instanceof Error && /queue is at limit/i.test(error.message)) {
      throw new GraphQLError(`${work}: the subgraph is busy with ${MAX_QUEUED} analyses waiting; try again shortly.`, {
        extensions: { code: ErrorCode.Busy },
      });
    }
    throw error;
  }
}
