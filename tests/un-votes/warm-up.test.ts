/**
 * The whip sheets' warm-up (analytics/worker/warm-up.ts): it computes a default sheet on every
 * analysis thread, which then stays alive with what it computed; it leaves answers as they were,
 * does nothing on an empty store, and a failure only logs. (What it saves the first request is
 * measured by `npm run bench`, not here.)
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Deadline } from "../../subgraphs/platform/deadline.js";
import { workerPool } from "../../subgraphs/platform/worker-threads.js";
import { VoteIndex, VoteIndexHolder } from "../../subgraphs/un-votes/analytics/vote-index.js";
import { AnalysisPool } from "../../subgraphs/un-votes/analytics/worker/analysis-pool.js";
import type { AnalysisTask } from "../../subgraphs/un-votes/analytics/worker/tasks.js";
import { warmWhipSheets } from "../../subgraphs/un-votes/analytics/worker/warm-up.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { FIXTURES } from "../shared-data.js";

function recordingLog() {
  const lines: { level: "log" | "warn"; text: string }[] = [];
  return { lines, log: { log: (text: string) => lines.push({ level: "log", text }), warn: (text: string) => lines.push({ level: "warn", text }) } };
}

describe("warming the whip sheets", () => {
  const store = openUnVotesStore(":memory:");
  const pooled = new AnalysisPool(1);
  const reference = new AnalysisPool(0);

  beforeAll(async () => {
    await importUnVotes(store, path.join(FIXTURES, "unvotes-mini"), { progress: null });
  });
  afterAll(async () => {
    await pooled.close();
    store.close();
  });

  it("computes a sheet on each thread, says so, and leaves the answers as the in-process reference gives them", async () => {
    const { lines, log } = recordingLog();
    const holder = new VoteIndexHolder(store);
    const took = await warmWhipSheets(holder, pooled, log);
    expect(took).toEqual(expect.any(Number));
    expect(lines).toEqual([{ level: "log", text: expect.stringMatching(/^un-votes: whip sheets warmed in \d+ ms/) }]);

    const index = holder.current();
    const task: AnalysisTask = {
      kind: "whipSheet",
      request: { codes: index.countryCodes, text: "nuclear weapons tests", issues: [], similar: 3, range: {}, sponsors: [] },
    };
    const deadline = Deadline.forRequest(undefined);
    const [afterWarmUp, inProcess] = await Promise.all([
      pooled.run(index, task, deadline, "test"),
      reference.run(VoteIndex.build(store), task, deadline, "test"),
    ]);
    expect(afterWarmUp).toEqual(inProcess);
  });

  it("does nothing on a store without roll calls", async () => {
    const empty = openUnVotesStore(":memory:");
    try {
      const { lines, log } = recordingLog();
      expect(await warmWhipSheets(new VoteIndexHolder(empty), pooled, log)).toBeNull();
      expect(lines).toEqual([]);
    } finally {
      empty.close();
    }
  });

  it("only logs when it fails (here: its store closed under it); the first request then pays, as before", async () => {
    const closed = openUnVotesStore(":memory:");
    closed.close();
    const { lines, log } = recordingLog();
    expect(await warmWhipSheets(new VoteIndexHolder(closed), pooled, log)).toBeNull();
    expect(lines).toEqual([
      { level: "warn", text: expect.stringMatching(/^un-votes: warming the whip sheets failed \(the first request will pay instead\): .*not open/) },
    ]);
  });
});

describe("worker pools kept alive", () => {
  const worker = new URL("../../subgraphs/un-votes/analytics/worker/analysis-worker.js", import.meta.url);

  it("keep every thread when asked (the analyses' caches live in them), and let idle ones exit otherwise", async () => {
    const kept = workerPool(worker, 2, { keepAlive: true })!;
    const idle = workerPool(worker, 2)!;
    try {
      expect([kept.minThreads, kept.maxThreads, kept.threads.length]).toEqual([2, 2, 2]);
      expect([idle.minThreads, idle.maxThreads, idle.threads.length]).toEqual([0, 2, 0]);
    } finally {
      await Promise.all([kept.close({ force: true }), idle.close({ force: true })]);
    }
  });
});
