/**
 * Freshness in the graph: every data set says where this hub's copy came from, when it was
 * imported, how many rows it holds and the date of its latest record; analyses name the data
 * they were computed from. On made-up fixture data (tests/fixtures).
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importFreedomHouse, importVdem } from "../../subgraphs/alliance/import/ratings-import.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import { STRUCTURE_IMPORTS } from "../../subgraphs/overlaps/structures-startup.js";
import { bundledSnapshot } from "../../subgraphs/shared/bundled-data.js";
import { importUnResolutionsInto, importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { useHub } from "../hub-hooks.js";
import { FIXTURES } from "../shared-data.js";

describe("data sets and their freshness", () => {
  const hub = useHub();
  let before: string;
  beforeAll(() => {
    before = new Date().toISOString();
  });

  it("answers before any import: the catalogue, and no import yet", async () => {
    const result = await hub().query(`{ dataSet(name: "vdem") { __typename name title licence importedAt importedFrom rowCount latestRecordDate } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.dataSet).toMatchObject({
      __typename: "RatingSeries",
      name: "vdem",
      licence: "CC BY 4.0",
      importedAt: null,
      importedFrom: null,
      rowCount: 0,
      latestRecordDate: null,
    });
    expect(result.data.dataSet.title).toMatch(/Regimes of the World/);
  });

  it("says where each copy came from, when, how many rows it holds and its latest record", async () => {
    const quiet = { progress: null };
    await importUnVotes(hub().stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), quiet);
    await importUnResolutionsInto(hub().stores["un-votes"], path.join(FIXTURES, "un-ga-resolutions-mini"), quiet);
    await importFreedomHouse(hub().stores.alliance.db, path.join(FIXTURES, "freedomhouse-mini.csv"), quiet);
    await importVdem(hub().stores.alliance.db, path.join(FIXTURES, "vdem-mini.csv"), quiet);
    await importCowIgo(hub().stores.overlaps, path.join(FIXTURES, "cow-mini"), quiet);
    for (const { run, bundledFolder } of STRUCTURE_IMPORTS) await run(hub().stores.overlaps, path.join(bundledSnapshot("overlaps"), bundledFolder));
    const result = await hub().query(`{
      dataSets { __typename name importedFrom importedAt rowCount latestRecordDate citation importInProgress }
      unknown: dataSet(name: "nope") { name }
    }`);
    expect(result.errors).toBeUndefined();
    const byName = Object.fromEntries(result.data.dataSets.map((d: any) => [d.name, d]));
    expect(Object.keys(byName)).toEqual([
      "unvotes",
      "un-resolutions",
      "freedomhouse",
      "vdem",
      "cow-igo",
      "manyios",
      "eu-members",
      "us-commitments",
      "canada-ogp",
    ]);
    // A row of a structure data set is a body or a spell; of a commitments data set, a commitment or the body it belongs to.
    expect(byName.manyios).toMatchObject({ __typename: "IgoRegistry", rowCount: 149 + 218 + 3502, latestRecordDate: "2017" });
    expect(byName["eu-members"]).toMatchObject({ rowCount: 1 + 28, latestRecordDate: "2020-01-31" });
    expect(byName["us-commitments"]).toMatchObject({ latestRecordDate: "2024-12-11" });
    expect(byName["canada-ogp"]).toMatchObject({ rowCount: 2 + 2 + 38, latestRecordDate: "2025" });
    expect(byName.unvotes).toMatchObject({ __typename: "VotingRecord", importedFrom: "fixtures/unvotes-mini", rowCount: 21, latestRecordDate: "2001-03-01" });
    // Its votes: the made-up ES-11 vote's five states (A/RES/56/30 keeps the Voeten votes); its latest record is that vote.
    expect(byName["un-resolutions"]).toMatchObject({
      __typename: "VotingRecord",
      importedFrom: "fixtures/un-ga-resolutions-mini",
      rowCount: 5,
      latestRecordDate: "2022-03-02",
      citation: expect.stringMatching(/United Nations/),
    });
    expect(byName.freedomhouse).toMatchObject({ __typename: "RatingSeries", importedFrom: "fixtures/freedomhouse-mini.csv", latestRecordDate: "2023" });
    expect(byName["cow-igo"]).toMatchObject({ __typename: "IgoRegistry", importedFrom: "fixtures/cow-mini", latestRecordDate: "2014" });
    for (const dataSet of result.data.dataSets) {
      expect(dataSet.importedAt >= before, `${dataSet.name} imported at ${dataSet.importedAt}`).toBe(true);
      expect(dataSet.rowCount).toBeGreaterThan(0);
      expect(dataSet.citation).toBeTruthy();
      expect(dataSet.importInProgress).toBe(false);
    }
    expect(result.data.unknown).toBeNull();
  });

  it("names the data each analysis was computed from", async () => {
    const result = await hub().query(`{
      generalAssemblyVoting(memberCodes: ["USA", "GBR"]) { computedFrom { name importedAt } }
      whipSheet(input: { memberCodes: ["USA"], issues: [HUMAN_RIGHTS] }) { computedFrom { name } }
      country(code: "CAN") { both: aodEligibility(policy: FREEDOM_HOUSE_AND_VDEM_AGREE) { computedFrom { name } } fh: aodEligibility { computedFrom { name } } }
      registry: membershipOverlap(aId: "cow:AAA", bId: "d10") { computedFrom { name } }
      hubOnly: membershipOverlap(aId: "community-of-democracies", bId: "d10") { computedFrom { name } refreshedAt }
      checkPlannedActivity(input: { title: "x" }) { computedFrom { name rowCount } }
    }`);
    expect(result.errors).toBeUndefined();
    const names = (value: { computedFrom: { name: string }[] }) => value.computedFrom.map((d) => d.name);
    expect(names(result.data.generalAssemblyVoting)).toEqual(["unvotes", "un-resolutions"]);
    expect(result.data.generalAssemblyVoting.computedFrom[0].importedAt).toEqual(expect.any(String));
    expect(names(result.data.whipSheet)).toEqual(["unvotes", "un-resolutions"]);
    expect(names(result.data.country.both)).toEqual(["freedomhouse", "vdem"]);
    expect(names(result.data.country.fh)).toEqual(["freedomhouse"]);
    expect(names(result.data.registry)).toEqual(["cow-igo"]);
    // Hub bodies come from the snapshot read through the gateway: `refreshedAt` says when.
    expect(names(result.data.hubOnly)).toEqual([]);
    expect(result.data.hubOnly.refreshedAt).toEqual(expect.any(String));
    expect(names(result.data.checkPlannedActivity)).toEqual(["cow-igo", "manyios", "eu-members", "us-commitments", "canada-ogp"]);
  });
});
