/** Freedom House and V-Dem from ../shared/data: every row kept, the traps resolved, eligibility for every state. */
import { afterAll, describe, expect, it } from "vitest";
import { assess, EligibilityPolicy } from "../../subgraphs/alliance/rules/eligibility.js";
import { importFreedomHouse, importVdem } from "../../subgraphs/alliance/import/ratings-import.js";
import { openAllianceStore } from "../../subgraphs/alliance/store.js";
import { allCountries } from "../../subgraphs/platform/countries/reference.js";
import { realData } from "../shared-data.js";

describe("real Freedom House and V-Dem data", () => {
  const store = openAllianceStore(":memory:");
  afterAll(() => store.close());
  const count = (sql: string, ...params: unknown[]) =>
    store.db
      .prepare(sql)
      .pluck()
      .get(...params);

  it("imports all 9,238 Freedom House rows and 30,766 V-Dem rows, and nothing again", async () => {
    const fh = await importFreedomHouse(store.db, realData("freedomhouse"), { progress: null });
    const vdem = await importVdem(store.db, realData("vdem"), { progress: null });
    expect([fh.read, fh.inserted, fh.rejected]).toEqual([9238, 9238, []]);
    expect([vdem.read, vdem.inserted, vdem.rejected]).toEqual([30766, 30766, []]);
    expect(count("SELECT count(*) FROM freedom_rating")).toBe(9238);
    expect(count("SELECT count(*) FROM regime_rating")).toBe(30766);
    const again = await importFreedomHouse(store.db, realData("freedomhouse"), { progress: null });
    expect([again.inserted, again.updated, again.unchanged]).toEqual([0, 0, 9238]);
  });

  it("keeps both Germanies, both Vietnams, both Yemens and the USSR apart, and the states with empty codes", () => {
    const years = (code: string) => count("SELECT count(*) FROM freedom_rating WHERE country_code = ?", code);
    expect([years("XWG"), years("DDR"), years("DEU")]).toEqual([17, 17, 34]);
    expect([years("VDR"), years("XSV"), years("XNY"), years("YMD")]).toEqual([4, 4, 17, 17]);
    expect([years("SUN"), years("RUS")]).toEqual([18, 33]);
    expect([years("CSK"), years("YUG"), years("SCG"), years("UNK"), years("FSM")]).toEqual([20, 30, 3, 15, 33]);
    const units = (code: string) => count("SELECT count(*) FROM regime_rating WHERE country_code = ?", code);
    expect([units("DDR"), units("XHH"), units("XPS"), units("XZB")]).toEqual([42, 79, 68, 123]);
  });

  it("answers eligibility under each policy for every state the hub knows, with no error", () => {
    const freedom = store.records.freedomRatingsFor(allCountries().map((c) => c.code));
    const regimes = store.records.regimeRatingsFor(allCountries().map((c) => c.code));
    const tallies: Record<string, { eligible: number; not: number; unknown: number }> = {};
    for (const policy of Object.values(EligibilityPolicy)) {
      const tally = { eligible: 0, not: 0, unknown: 0 };
      for (const country of allCountries()) {
        const result = assess(
          policy,
          freedom.filter((r) => r.country_code === country.code),
          regimes.filter((r) => r.country_code === country.code),
          null,
        );
        if (result.eligible === true) tally.eligible++;
        else if (result.eligible === false) tally.not++;
        else tally.unknown++;
      }
      tallies[policy] = tally;
    }
    // Every state answers, and the default policy admits exactly the states whose latest rating is not Not Free.
    expect(
      tallies.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE.eligible + tallies.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE.not + tallies.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE.unknown,
    ).toBe(allCountries().length);
    expect(tallies.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE.eligible).toBe(
      count(
        "SELECT count(*) FROM freedom_rating f WHERE year = (SELECT max(year) FROM freedom_rating WHERE country_code = f.country_code) AND status <> 'NOT_FREE'",
      ),
    );
    expect(tallies.FREEDOM_HOUSE_AND_VDEM_AGREE.eligible).toBeLessThanOrEqual(tallies.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE.eligible);
  });
});
