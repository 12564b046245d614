/**
 * The analysis threads answer exactly as the subgraph's own thread does: the pooled path against
 * the in-process reference (`threads: 0`, the same tasks computed here) over generated groups,
 * periods and whip sheets; and a spent deadline stops a task with DEADLINE_EXCEEDED.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Deadline } from "../../subgraphs/platform/deadline.js";
import { AnalysisPool } from "../../subgraphs/un-votes/analytics/worker/analysis-pool.js";
import type { AnalysisTask, GroupPart } from "../../subgraphs/un-votes/analytics/worker/tasks.js";
import { VoteIndex } from "../../subgraphs/un-votes/analytics/vote-index.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { seededRandom } from "../conformance/operations.js";
import { FIXTURES } from "../shared-data.js";

const PARTS: GroupPart[] = ["tallies", "cohesion", "bySession", "defections", "matrix", { coincidenceWith: "USA" }];

describe("the analysis threads against the in-process reference", () => {
  const store = openUnVotesStore(":memory:");
  const pooled = new AnalysisPool(1);
  const reference = new AnalysisPool(0);
  let index: VoteIndex;

  beforeAll(async () => {
    await importUnVotes(store, path.join(FIXTURES, "unvotes-mini"), { progress: null });
    index = VoteIndex.build(store);
  });
  afterAll(async () => {
    await pooled.close();
    store.close();
  });

  it("gives equal answers for 40 generated groups and periods, every part, and whip sheets", async () => {
    const random = seededRandom(20261202);
    const sessions = [...new Set(index.rollCalls.map((rollCall) => rollCall.session))];
    for (let trial = 0; trial < 40; trial++) {
      const codes = index.countryCodes.filter(() => random() < 0.5);
      if (codes.length === 0) continue;
      const session = random() < 0.5 ? sessions[Math.floor(random() * sessions.length)]! : null;
      const tasks: AnalysisTask[] = PARTS.map((part) => ({ kind: "group", codes, range: { session, from: null, to: null }, spells: null, part }));
      tasks.push({
        kind: "whipSheet",
        request: { codes, text: random() < 0.5 ? "nuclear weapons tests" : "", issues: ["hr"], similar: 1 + Math.floor(random() * 5), range: {}, sponsors: [] },
      });
      for (const task of tasks) {
        // Fresh indexes each time: neither answer may come from the other's memo.
        const deadline = Deadline.forRequest(undefined);
        const [threaded, inProcess] = await Promise.all([
          pooled.run(VoteIndex.build(store), task, deadline, "test"),
          reference.run(VoteIndex.build(store), task, deadline, "test"),
        ]);
        expect(threaded, `${JSON.stringify(task).slice(0, 120)} in trial ${trial}`).toEqual(inProcess);
      }
    }
  }, 60_000);

  it("stops with DEADLINE_EXCEEDED once the request's budget is spent, and serves the next request", async () => {
    const task: AnalysisTask = { kind: "group", codes: index.countryCodes, range: {}, spells: null, part: "matrix" };
    await expect(pooled.run(index, task, new Deadline(Date.now() - 1, 0), "The agreement matrix")).rejects.toMatchObject({
      extensions: { code: "DEADLINE_EXCEEDED" },
    });
    // The failed attempt is not remembered as the answer.
    expect(await pooled.run(index, task, Deadline.forRequest(undefined), "The agreement matrix")).toEqual(
      await reference.run(VoteIndex.build(store), task, Deadline.forRequest(undefined), "test"),
    );
  });
});
