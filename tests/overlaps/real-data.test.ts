/** The Correlates of War IGO registry from ../shared/data: every row in, unmapped columns reported, overlaps checked against plain set arithmetic. */
import { afterAll, describe, expect, it } from "vitest";
import { OverlapsEngine } from "../../subgraphs/overlaps/analytics/engine.js";
import { HubSnapshot } from "../../subgraphs/overlaps/hub-snapshot.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import { openOverlapsStore } from "../../subgraphs/overlaps/store.js";
import { realData } from "../shared-data.js";

describe("real COW IGO registry", () => {
  const store = openOverlapsStore(":memory:");
  // No gateway here: registry bodies only.
  const engine = new OverlapsEngine(store, new HubSnapshot("http://127.0.0.1:9/graphql"));
  afterAll(() => store.close());

  it("imports all 19,335 IGO-year rows of 534 IGOs, reporting the one state column it cannot map", async () => {
    const report = await importCowIgo(store, realData("cow_igo"), { progress: null });
    expect([report.read, report.inserted, report.rejected.length]).toEqual([19335, 19335, 0]);
    expect(report.notes).toEqual(['unmapped: column "korea" (Korea, COW KOR) matches no country the hub knows']);
    expect(store.igos()).toHaveLength(534);
    const again = await importCowIgo(store, realData("cow_igo"), { progress: null });
    expect([again.inserted, again.updated, again.unchanged]).toEqual([0, 0, 19335]);
  }, 60_000);

  it("has 309 IGOs with full members in 2014 and agrees with set arithmetic on every near-duplicate pair", () => {
    const year = engine.index().yearSets(2014, [1]);
    expect(year.ids).toHaveLength(309);
    const pairs = engine.nearDuplicates(0.9, 2014, [1]);
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      const a = new Set(engine.index().membersOf(pair.a, 2014, [1]));
      const b = engine.index().membersOf(pair.b, 2014, [1]);
      const shared = b.filter((code) => a.has(code)).length;
      expect(pair.jaccard).toBeCloseTo(shared / (a.size + b.length - shared), 12);
      expect(pair.jaccard).toBeGreaterThanOrEqual(0.9);
    }
    const all = engine.nearDuplicates(Number.MIN_VALUE, 2014, [1]).length;
    expect(all).toBeLessThanOrEqual((309 * 308) / 2);
  });

  it("keeps the two Germanies apart and maps COW's Yugoslavia/Serbia unit by year", () => {
    const un = (year: number) => engine.index().membersOf("cow:UN", year, [1]);
    expect(un(1980)).toEqual(expect.arrayContaining(["XWG", "DDR", "YUG"]));
    expect(un(1980)).not.toContain("DEU");
    expect(un(2014)).toEqual(expect.arrayContaining(["DEU", "SRB"]));
    expect(un(2014)).not.toContain("YUG");
  });
});
