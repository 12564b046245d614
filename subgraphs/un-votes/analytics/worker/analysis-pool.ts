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
import type { Piscina } from "piscina";
import type { Deadline } from "../../../platform/deadline.js";
import { analysisThreads, DEFAULT_ANALYSIS_THREADS, runInPool, workerPool } from "../../../platform/worker-threads.js";
import type { VoteIndex } from "../vote-index.js";
import { runTask, type AnalysisTask } from "./tasks.js";

export class AnalysisPool {
  private readonly pool: Piscina | null;

  constructor(readonly threads: number = DEFAULT_ANALYSIS_THREADS) {
    // Kept alive: a thread that exited would take its decoded index, word sets and calibrations with
    // it, and the next whip sheet would pay for them again (warm-up.ts).
    this.pool = workerPool(new URL("./analysis-worker.js", import.meta.url), threads, { keepAlive: true });
  }

  /** Runs `task` on `index`'s data; `work` names it in a deadline error. Answers are memoised per index and task. */
  run<T>(index: VoteIndex, task: AnalysisTask, deadline: Deadline, work: string): Promise<T> {
    const key = `task|${JSON.stringify(task)}`;
    return index.derived(key, () =>
      this.compute<T>(index, task, deadline, work).catch((error) => {
        // A failed or abandoned computation is not an answer: the next request tries again.
        index.forget(key);
        throw error;
      }),
    );
  }

  private async compute<T>(index: VoteIndex, task: AnalysisTask, deadline: Deadline, work: string): Promise<T> {
    if (!this.pool) {
      deadline.check(work);
      return runTask(index, task) as T;
    }
    return runInPool<T>(this.pool, { snapshot: index.snapshot(), task }, deadline, work);
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
  shared ??= new AnalysisPool(analysisThreads());
  return shared;
}
