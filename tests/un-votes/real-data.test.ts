/** The full General Assembly record from ../shared/data/unvotes: every row accounted for, traps included. */
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { VoteIndex } from "../../subgraphs/un-votes/analytics/vote-index.js";
import { sharedDataDir } from "../shared-data.js";

const data = sharedDataDir();

describe.skipIf(!data)("real unvotes data", () => {
  const store = openUnVotesStore(":memory:");
  afterAll(() => store.close());

  it("imports exactly 870,109 votes, 6,203 roll calls and 5,745 issue tags, and none again on a second import", async () => {
    const source = path.join(data!, "unvotes");
    const first = await importUnVotes(store, source, { progress: null });
    expect(first.map((r) => [r.file, r.read, r.inserted, r.rejected.length])).toEqual([
      ["un_roll_calls.csv", 6203, 6203, 0],
      ["un_roll_call_issues.csv", 5745, 5745, 0],
      ["un_votes.csv", 870109, 870109, 0],
    ]);
    // 202 codes: Yugoslavia's seat appears as YUG, SCG and SRB by date.
    expect(store.counts()).toEqual({ rollCalls: 6203, votes: 870109, issueTags: 5745, countries: 202 });

    const second = await importUnVotes(store, source, { progress: null });
    expect(second.map((r) => [r.inserted, r.updated, r.unchanged])).toEqual([
      [0, 0, 6203],
      [0, 0, 5745],
      [0, 0, 870109],
    ]);
  }, 120_000);

  it("keeps Namibia and every historical state under a code of its own", () => {
    const votesOf = (code: string) => store.db.prepare("SELECT count(*) FROM vote WHERE country_code = ?").pluck().get(code) as number;
    expect(votesOf("NAM")).toBe(2455);
    expect(votesOf("XWG")).toBe(2151); // Federal Republic of Germany, empty code in the data
    expect(votesOf("XNY")).toBe(3291); // Yemen Arab Republic, empty code
    expect(votesOf("XZN")).toBe(2); // Zanzibar, empty code
    expect(votesOf("CSK")).toBe(3752); // Czechoslovakia, retired code CS
    // "YU" in the data: Yugoslavia to 4 February 2003, Serbia and Montenegro to 5 June 2006, Serbia after.
    expect(votesOf("YUG") + votesOf("SCG") + votesOf("SRB")).toBe(5475);
    expect(votesOf("YUG")).toBe(3740 + 35 + 82 + 61);
    expect(votesOf("DDR")).toBe(2067);
    expect(votesOf("YMD")).toBe(2378);
    expect(votesOf("TWN")).toBe(1233);
    expect(votesOf("DEU")).toBe(2552); // Germany after 1990: not merged with either
  });

  it("holds the whole record in a dense in-memory index that agrees with the store", () => {
    const index = VoteIndex.build(store);
    expect(index.rollCalls).toHaveLength(6203);
    expect(index.voteCount).toBe(870109);
    let totals = 0;
    for (const count of index.totals) totals += count;
    expect(totals).toBe(870109);
  });
});
