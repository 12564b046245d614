/**
 * While an import runs, the vote index answers from the data before it: a request in the middle
 * of an import sees one consistent snapshot, and the import is not slowed by a rebuild per batch.
 * The next request after the import sees everything.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VoteIndexHolder } from "../../subgraphs/un-votes/analytics/vote-index.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { writeRollCalls } from "../alerts/new-roll-calls.js";
import { FIXTURES } from "../shared-data.js";
import { recordCoverage } from "../../subgraphs/un-votes/coverage.js";
import type { RecordCoverage } from "../../subgraphs/un-votes/types/united-nations.js";

describe("the vote index during an import", () => {
  it("keeps the snapshot from before the import until it ends", async () => {
    const store = openUnVotesStore(":memory:");
    const votes = new VoteIndexHolder(store);
    await importUnVotes(store, path.join(FIXTURES, "unvotes-mini"), { progress: null });
    const before = votes.current();
    expect(before.rollCalls).toHaveLength(5);
    const seen: number[] = [];
    // Invented roll calls (not real data), in batches of one row so that several commits happen.
    const folder = writeRollCalls([100, 101].map((rcid) => ({ rcid, issue: null, votes: "YYNY" })));
    await importUnVotes(store, folder, { progress: null, batchSize: 1, onCommit: () => seen.push(votes.current().rollCalls.length) });
    expect(seen.length).toBeGreaterThan(2);
    expect(new Set(seen)).toEqual(new Set([5]));
    expect(votes.current().rollCalls).toHaveLength(7);
    store.close();
  });

  it("says on the answer and on the data set that an import is running, instead of answering as if the record were empty", async () => {
    const store = openUnVotesStore(":memory:");
    const votes = new VoteIndexHolder(store);
    const during: { coverage: RecordCoverage; importing: string[] }[] = [];
    const folder = writeRollCalls([100, 101].map((rcid) => ({ rcid, issue: null, votes: "YYNY" })));
    await importUnVotes(store, folder, {
      progress: null,
      batchSize: 1,
      onCommit: () => during.push({ coverage: recordCoverage(votes.current(), {}, store.importing()), importing: [...store.importingDataSets()] }),
    });
    expect(during.length).toBeGreaterThan(0);
    for (const { coverage, importing } of during) {
      expect(importing).toEqual(["unvotes"]);
      expect(coverage.importInProgress).toBe(true);
      expect(coverage.note).toMatch(/General Assembly votes are being imported/);
    }
    const after = recordCoverage(votes.current(), { session: 99 }, store.importing());
    expect(after).toMatchObject({ importInProgress: false, afterLatestRecord: true, latestRecordDate: expect.any(String) });
    expect(store.importingDataSets().size).toBe(0);
    store.close();
  });
});
