/**
 * Warming the analyses before the first whip asks. A sheet's first computation on a new snapshot
 * pays for everything a sheet shares with every later one: the vote index (built in the
 * subgraph's thread), the snapshot decoded in the analysis thread, the roll calls' word sets and
 * the calibration for the latest session (replaying six sessions of forecasts). Paid by the first
 * request, that took 2.3–2.7 s on a quiet two-core machine and more under load, against a default
 * subgraph deadline of 5 s. The subgraph pays it instead, in the background, when it starts and
 * after each import it runs (on its own thread when HUB_ANALYSIS_THREADS is 0).
 */
import { Deadline } from "../../../platform/deadline.js";
import type { WhipSheetRequest } from "../whip-sheet.js";
import type { VoteIndexHolder } from "../vote-index.js";
import type { AnalysisPool } from "./analysis-pool.js";

/** Generous: a warm-up has no client waiting, only a later request that would otherwise pay. */
const WARM_UP_BUDGET_MS = 120_000;

/**
 * Computes one default sheet (no cut-off: the latest session's calibration) on each analysis
 * thread, in parallel so that each thread takes one. Resolves with the milliseconds it took, or
 * null when there is nothing to warm (no roll calls held); never rejects: a failed warm-up only
 * leaves the cost to the first request, and is logged.
 */
export async function warmWhipSheets(votes: VoteIndexHolder, pool: AnalysisPool, log: Pick<Console, "log" | "warn"> = console): Promise<number | null> {
  const started = Date.now();
  try {
    const index = votes.current();
    if (index.rollCalls.length === 0 || index.countryCodes.length === 0) return null;
    const deadline = new Deadline(started + WARM_UP_BUDGET_MS, WARM_UP_BUDGET_MS);
    const sheets = Array.from({ length: Math.max(1, pool.threads) }, (_, thread) => {
      // A text of its own per thread: the pool memoises answers per task, and each thread must compute.
      const request: WhipSheetRequest = {
        codes: [index.countryCodes[0]],
        text: `warm-up ${thread}`,
        issues: [],
        similar: 1,
        range: { session: null, from: null, to: null },
        sponsors: [],
      };
      return pool.run(index, { kind: "whipSheet", request }, deadline, "Warming the whip sheet");
    });
    await Promise.all(sheets);
    const took = Date.now() - started;
    log.log(`un-votes: whip sheets warmed in ${took} ms (vote index, word sets, calibration)`);
    return took;
  } catch (error) {
    log.warn(`un-votes: warming the whip sheets failed (the first request will pay instead): ${(error as Error).message}`);
    return null;
  }
}
