/** A subgraph request's time budget: read from the gateway's header, capped, and checked by long analyses. */
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Deadline, MAX_WORK_MS, TIMEOUT_HEADER } from "../../subgraphs/platform/deadline.js";
import { GroupAnalysis } from "../../subgraphs/un-votes/analytics/group-analysis.js";
import { VoteIndex } from "../../subgraphs/un-votes/analytics/vote-index.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { FIXTURES } from "../shared-data.js";

const request = (value?: string) => ({ headers: value === undefined ? {} : { [TIMEOUT_HEADER]: value } }) as unknown as IncomingMessage;

describe("a request's deadline", () => {
  it("takes the gateway's budget, and the subgraph's ceiling when there is none, or a larger or malformed one", () => {
    expect(Deadline.forRequest(request("5000"), 1000)).toMatchObject({ at: 6000, budgetMs: 5000 });
    for (const value of [undefined, "99999999", "-1", "soon"]) expect(Deadline.forRequest(request(value), 0).budgetMs, String(value)).toBe(MAX_WORK_MS);
  });

  it("stops with DEADLINE_EXCEEDED once spent", () => {
    const deadline = Deadline.forRequest(request("100"), 0);
    expect(() => deadline.check("work", 99)).not.toThrow();
    expect(() => deadline.check("work", 100)).toThrow(expect.objectContaining({ extensions: { code: "DEADLINE_EXCEEDED" } }));
  });

  it("stops the agreement matrix mid-way, and a later request computes it whole", async () => {
    const store = openUnVotesStore(":memory:");
    await importUnVotes(store, path.join(FIXTURES, "unvotes-mini"), { progress: null });
    const index = VoteIndex.build(store);
    const codes = index.countryCodes.slice(0, 4);
    const analysis = new GroupAnalysis(index, codes, index.rows({}));
    expect(() => analysis.agreementMatrix(new Deadline(0, 0))).toThrow(/time budget of 0 ms ran out/);
    expect(analysis.agreementMatrix()).toHaveLength(6);
  });
});
