/**
 * A group's analysis is computed once per data snapshot and shared by the requests that ask for
 * it; a change to the store (an import) gives new answers, never stale ones.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GroupAnalysis } from "../../subgraphs/un-votes/analytics/group-analysis.js";
import { groupVoting } from "../../subgraphs/un-votes/group.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { createUnVotesContext } from "../../subgraphs/un-votes/loaders.js";
import { createUnVotesServices } from "../../subgraphs/un-votes/services.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { FIXTURES } from "../shared-data.js";
import { Deadline } from "../../subgraphs/platform/deadline.js";

const quiet = { progress: null };

describe("analyses shared across requests", () => {
  it("reuses a group's analysis on the same snapshot and recomputes it after an import", async () => {
    const store = openUnVotesStore(":memory:");
    await importUnVotes(store, path.join(FIXTURES, "unvotes-mini"), quiet);
    const services = createUnVotesServices(store, {});
    const codes = ["USA", "DEU", "GBR"];
    const deadline = Deadline.forRequest(undefined);
    // Two requests: each takes its own snapshot of the index, as a request context does.
    const first = await groupVoting(createUnVotesContext(services).votes(), codes, { session: 56 }, deadline);
    const second = await groupVoting(createUnVotesContext(services).votes(), codes, { session: 56 }, deadline);
    // One computation, shared: the second request gets the very answer the first one got.
    expect(second.analysis.tallies()).toBe(first.analysis.tallies());
    const otherSession = await groupVoting(createUnVotesContext(services).votes(), codes, { session: 55 }, deadline);
    expect(otherSession.analysis.tallies()).not.toBe(first.analysis.tallies());

    // The UN Digital Library fixture adds Germany's vote on roll call 3 (session 56).
    await importUnVotes(store, path.join(FIXTURES, "undl-mini.csv"), quiet);
    const index = createUnVotesContext(services).votes();
    const after = await groupVoting(index, codes, { session: 56 }, deadline);
    expect(after.analysis.tallies()).not.toBe(first.analysis.tallies());
    const fresh = new GroupAnalysis(index, codes, index.rows({ session: 56 }));
    expect({ cohesion: after.cohesion, counted: after.countedRollCalls }).toEqual(fresh.cohesion());
    expect(await after.analysis.tallies()).not.toEqual(await first.analysis.tallies());
    expect(await after.analysis.tallies()).toEqual(fresh.tallies());
    expect(services.votes.current()).toBe(index);
    store.close();
  });

  it("answers a voter's Country from the snapshot, with UN membership", async () => {
    const store = openUnVotesStore(":memory:");
    await importUnVotes(store, path.join(FIXTURES, "unvotes-mini"), quiet);
    const context = createUnVotesContext(createUnVotesServices(store, {}));
    expect(context.voter("NAM")).toMatchObject({ code: "NAM", unMember: true });
    expect(context.voter("XWG")).toMatchObject({ code: "XWG", unMember: false });
    expect(context.voter("ZZZ")).toBeNull();
    store.close();
  });
});
