/** The Voeten record (2024 release, ../shared/data/unvotes-2023 or the bundled snapshot): every row accounted for, traps included. */
import { afterAll, describe, expect, it } from "vitest";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { VoteIndex } from "../../subgraphs/un-votes/analytics/vote-index.js";
import { realData } from "../shared-data.js";

describe("the real Voeten record", () => {
  const store = openUnVotesStore(":memory:");
  afterAll(() => store.close());

  it("imports exactly 916,025 votes, 6,464 roll calls and 6,022 issue tags, and none again on a second import", async () => {
    const source = realData("unvotes-2023");
    const first = await importUnVotes(store, source, { progress: null });
    expect(first.map((r) => [r.file, r.read, r.inserted, r.rejected.length])).toEqual([
      ["un_roll_calls.csv", 6464, 6464, 0],
      ["un_roll_call_issues.csv", 6022, 6022, 0],
      ["un_votes.csv", 916025, 916025, 0],
    ]);
    // 202 codes: Yugoslavia's seat appears as YUG, SCG and SRB by date.
    expect(store.counts()).toEqual({ rollCalls: 6464, votes: 916025, issueTags: 6022, countries: 202 });

    const second = await importUnVotes(store, source, { progress: null });
    expect(second.map((r) => [r.inserted, r.updated, r.unchanged])).toEqual([
      [0, 0, 6464],
      [0, 0, 6022],
      [0, 0, 916025],
    ]);
  }, 180_000);

  it("keeps Namibia and every historical state under a code of its own", () => {
    // Expected counts: the rows of un_votes.csv with each country name, counted with a plain CSV reader.
    const votesOf = (code: string) => store.db.prepare("SELECT count(*) FROM vote WHERE country_code = ?").pluck().get(code) as number;
    expect(votesOf("NAM")).toBe(2709); // "NA", quoted: Namibia's code
    expect(votesOf("XWG")).toBe(2151); // Federal Republic of Germany: a bare NA, no code
    expect(votesOf("XNY")).toBe(3291); // Yemen Arab Republic, no code
    expect(votesOf("XZN")).toBe(2); // Zanzibar, no code
    expect(votesOf("CSK")).toBe(3752); // Czechoslovakia, retired code CS
    // "YU": Yugoslavia to 4 February 2003, Serbia and Montenegro to 5 June 2006, Serbia after.
    expect(votesOf("YUG") + votesOf("SCG") + votesOf("SRB")).toBe(5710);
    expect(votesOf("DDR")).toBe(2067);
    expect(votesOf("YMD")).toBe(2378);
    expect(votesOf("TWN")).toBe(1233);
    expect(votesOf("DEU")).toBe(2813); // Germany after 1990: not merged with either
  });

  it("holds the whole record in a dense in-memory index that agrees with the store", () => {
    const index = VoteIndex.build(store);
    expect(index.rollCalls).toHaveLength(6464);
    expect(index.voteCount).toBe(916025);
    let totals = 0;
    for (const count of index.totals) totals += count;
    expect(totals).toBe(916025);
  });
});
