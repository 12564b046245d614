/** The Correlates of War IGO registry from ../shared/data: every row in, unmapped columns reported, overlaps checked against plain set arithmetic. */
import { afterAll, describe, expect, it } from "vitest";
import { OverlapsEngine } from "../../subgraphs/overlaps/analytics/engine.js";
import { HubGatewayClient } from "../../subgraphs/platform/hub-gateway.js";
import { HubSnapshot } from "../../subgraphs/overlaps/hub-snapshot.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import { openOverlapsStore } from "../../subgraphs/overlaps/store.js";
import { realData } from "../shared-data.js";
import { countryMemberships } from "../../subgraphs/overlaps/analytics/country-memberships.js";
import type { MemberLevel } from "../../subgraphs/overlaps/analytics/membership-index.js";
import { seededRandom } from "../conformance/operations.js";

describe("real COW IGO registry", () => {
  const store = openOverlapsStore(":memory:");
  // No gateway here: registry bodies only.
  const engine = new OverlapsEngine(store, new HubSnapshot(new HubGatewayClient("http://127.0.0.1:9/graphql")));
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

  it("lists a state's memberships as the registry's year-by-year rows give them, for 12 generated states and every body, year and level", () => {
    const index = engine.index();
    const random = seededRandom(1816);
    const codes = [...Array.from({ length: 12 }, () => index.countryCodes[Math.floor(random() * index.countryCodes.length)]), "FRA"];
    for (const code of codes) {
      const memberships = countryMemberships(index, code);
      const held = new Map(memberships.map((m) => [`${m.body.id}|${m.level}`, m]));
      for (const body of index.bodies) {
        const years = index.yearsOf(body.id);
        const ordered = [...years.keys()].sort((a, b) => a - b);
        for (const level of [1, 2, 3] as MemberLevel[]) {
          // The reference: the years, one by one, in which the registry lists the state at that level.
          const listed = ordered.filter((year) => years.get(year)?.get(level)?.has(code));
          const entry = held.get(`${body.id}|${level}`);
          if (listed.length === 0) {
            expect(entry).toBeUndefined();
            continue;
          }
          const fromRuns = entry!.years!.flatMap((run) => Array.from({ length: run.lastYear - run.firstYear + 1 }, (_, i) => run.firstYear + i));
          expect(fromRuns).toEqual(listed);
          // Runs are maximal: two never touch.
          entry!.years!.slice(1).forEach((run, i) => expect(run.firstYear).toBeGreaterThan(entry!.years![i].lastYear + 1));
          expect(entry!.lastRecordedYear).toBe(ordered.at(-1));
        }
      }
    }
    // The price the schema declares for the list (300) covers the most joined state.
    const most = Math.max(...index.countryCodes.map((code) => countryMemberships(index, code).length));
    expect(most).toBeLessThanOrEqual(250);
    expect(countryMemberships(index, "FRA").length).toBeGreaterThan(100);
  });
});
