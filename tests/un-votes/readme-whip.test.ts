/** The README's whip examples, on the whole General Assembly record, return exactly the output the README shows. */
import { beforeAll, describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";
import { readmeExample } from "../readme.js";
import { importGeneralAssemblyRecord } from "../record.js";

describe("README whip dashboard on the real data", () => {
  // The first answer builds the index of the whole record (about 4 s here alone, more beside other
  // test files on two cores): what this test checks is the answer, so the gateway waits for it.
  const hub = useHub({ HUB_SUBGRAPH_TIMEOUT_MS: "30000" });

  beforeAll(async () => {
    await importGeneralAssemblyRecord(hub().stores["un-votes"]);
  }, 120_000);

  it.each(["For caucus whips: General Assembly votes", "The General Assembly record: coverage, sources and gaps"])(
    "answers the example of %s through the gateway exactly as documented",
    async (heading) => {
      const { query, output } = await readmeExample(heading);
      const result = await hub().query(query);
      expect(result.errors).toBeUndefined();
      expect(result).toEqual(output);
    },
  );

  it("answers a question about a session after the latest record with that fact", async () => {
    const result = await hub().query(
      `{ d10 { generalAssemblyVoting(session: 81) { countedRollCallCount coverage { latestRecordDate afterLatestRecord note } } } }`,
    );
    expect(result.data.d10.generalAssemblyVoting).toEqual({
      countedRollCallCount: 0,
      coverage: {
        latestRecordDate: "2026-06-04",
        afterLatestRecord: true,
        note: "The record ends on 2026-06-04 (session 80); session 81 is after it, so nothing there is recorded yet.",
      },
    });
  });

  it("searches votes: newest first paged by cursor is the oldest-first list reversed, and a sponsor finds the drafts it sponsored or joined", async () => {
    const search = `query ($filter: RollCallFilter, $order: RollCallOrder, $after: String, $first: Int! = 40) {
      rollCalls(filter: $filter, order: $order, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const all = async (filter: Record<string, unknown>, order: string, first = 40) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const result = await hub().query(search, { filter, order, after, first });
        expect(result.errors).toBeUndefined();
        const page = result.data.rollCalls;
        ids.push(...page.nodes.map((node: { id: string }) => node.id));
        if (!page.pageInfo.hasNextPage) return { ids, total: page.totalCount as number };
        after = page.pageInfo.endCursor;
      }
    };
    // Independently: the store's own rows, in the record's order (date, then id).
    const db = hub().stores["un-votes"].db;
    const sponsoredByUkraine = (
      db
        .prepare(
          `SELECT r.rcid FROM roll_call r WHERE EXISTS (SELECT 1 FROM roll_call_sponsor s WHERE s.rcid = r.rcid AND s.country_code = 'UKR')
           AND (lower(coalesce(r.resolution, '')) LIKE '%ukraine%' OR lower(coalesce(r.short_title, '')) LIKE '%ukraine%' OR lower(coalesce(r.description, '')) LIKE '%ukraine%')
           ORDER BY r.date, r.rcid`,
        )
        .pluck()
        .all() as number[]
    ).map(String);
    // Pages of 5, so that the cursor is crossed several times.
    expect(sponsoredByUkraine.length).toBeGreaterThan(10);
    const newest = await all({ text: "Ukraine", sponsor: "UKR" }, "NEWEST_FIRST", 5);
    const oldest = await all({ text: "Ukraine", sponsor: "UKR" }, "OLDEST_FIRST", 5);
    expect(oldest.ids).toEqual(sponsoredByUkraine);
    expect(newest.ids).toEqual([...sponsoredByUkraine].reverse());
    expect(newest.total).toBe(sponsoredByUkraine.length);
    const session74 = await all({ session: 74 }, "NEWEST_FIRST");
    expect(session74.ids).toEqual([...(await all({ session: 74 }, "OLDEST_FIRST")).ids].reverse());

    const unknown = await hub().query(search, { filter: { sponsor: "XXQ" } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toMatch(/filter\.sponsor.*no country has the code "XXQ"/);
  });
});
