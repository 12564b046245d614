/**
 * The heavy analyses (a group's tallies, cohesion, defections and agreement matrix; the whip
 * sheet) run in worker threads, so that one request computing for seconds never holds up the
 * subgraph's other requests or its /health. A pool of piscina threads shares the vote index by
 * snapshot (vote-index.ts); a request's deadline is enforced there by aborting its task, which
 * stops the thread computing it. Answers are shared per snapshot: concurrent requests for the same
 * group and period wait for one computation.
 *
 * `threads: 0` runs the same tasks on the calling thread (tasks.ts computes both ways): for a
 * deployment that wants no threads, and the reference path the pooled one is tested against.
 */
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { GraphQLError } from "graphql";
import { Piscina } from "piscina";
import { ErrorCode } from "../../../platform/errors.js";
import type { Deadline } from "../../../platform/deadline.js";
import type { VoteIndex } from "../vote-index.js";
import { runTask, type AnalysisTask } from "./tasks.js";

/** One thread fewer than the machine has cores (the subgraph's own thread needs one), at least one. */
export const DEFAULT_ANALYSIS_THREADS = Math.max(1, availableParallelism() - 1);
/** Tasks waiting for a thread beyond which a new one is refused at once rather than left to time out. */
const MAX_QUEUED = 64;
/** A thread idle this long exits; the next task starts one again (and decodes the index again). */
const IDLE_MS = 60_000;

/** The worker's file: the compiled `.js` beside this one, or from TypeScript source (tests, `tsx` scripts) a loader for the `.ts`. */
function workerFile(): string {
  const compiled = fileURLToPath(new URL("./analysis-worker.js", import.meta.url));
  return existsSync(compiled) ? compiled : fileURLToPath(new URL("./typescript-worker.mjs", import.meta.url));
}

export class AnalysisPool {
  private readonly pool: Piscina | null;

  constructor(readonly threads: number = DEFAULT_ANALYSIS_THREADS) {
    if (threads <= 0) {
      this.pool = null;
      return;
    }
    this.pool = new Piscina({ filename: workerFile(), minThreads: 0, maxThreads: threads, maxQueue: MAX_QUEUED, idleTimeout: IDLE_MS });
  }

  /** Runs `task` on `index`'s data; `work` names it in a deadline error. Answers are memoised per index and task. */
  run<T>(index: VoteIndex, task: AnalysisTask, deadline: Deadline, work: string): Promise<T> {
    return index.derived(`task|${JSON.stringify(task)}`, () =>
      this.compute<T>(index, task, deadline, work).catch((error) => {
        // A failed or abandoned computation is not an answer: the next request tries again.
        index.forget(`task|${JSON.stringify(task)}`);
        throw error;
      }),
    );
  }

  private async compute<T>(index: VoteIndex, task: AnalysisTask, deadline: Deadline, work: string): Promise<T> {
    deadline.check(work);
    if (!this.pool) return runTask(index, task) as T;
    const signal = AbortSignal.timeout(Math.max(1, deadline.at - Date.now()));
    try {
      return (await this.pool.run({ snapshot: index.snapshot(), task }, { signal })) as T;
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

  async close(): Promise<void> {
    await this.pool?.close({ force: true });
  }
}

let shared: AnalysisPool | null = null;

/**
 * The process's pool, made on first use with `HUB_ANALYSIS_THREADS` threads (default: cores − 1;
 * 0 computes in the subgraph's own thread). One per process whatever the number of stores: threads
 * are the machine's to share.
 */
export function analysisPool(): AnalysisPool {
  if (!shared) {
    const raw = process.env.HUB_ANALYSIS_THREADS;
    const threads = raw === undefined || raw === "" ? DEFAULT_ANALYSIS_THREADS : Number(raw);
    if (!Number.isInteger(threads) || threads < 0 || threads > 64) {
      throw new Error(`HUB_ANALYSIS_THREADS: expected a whole number from 0 to 64, received ${JSON.stringify(raw)}`);
    }
    shared = new AnalysisPool(threads);
  }
  return shared;
}
