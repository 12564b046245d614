/**
 * What the importers extract from the real files (../shared/data, or the bundled snapshot): how
 * many programmes, milestones, groups, spells and members, and a sample of each checked field by
 * field against the source text (read by hand on 2026-12-02).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { openOverlapsStore, type OverlapsStore } from "../../subgraphs/overlaps/store.js";
import { STRUCTURE_IMPORTS } from "../../subgraphs/overlaps/structures-startup.js";
import { realData, type RealDataSet } from "../shared-data.js";

describe("programmes, commitments and structures extracted from the real files", () => {
  let store: OverlapsStore;
  const reports = new Map<string, { read: number; rejected: number }>();

  beforeAll(async () => {
    store = openOverlapsStore(":memory:");
    for (const { dataSet, run, sharedFolder } of STRUCTURE_IMPORTS) {
      for (const report of await run(store, realData(sharedFolder as RealDataSet))) {
        expect(report.balanced(), `${dataSet} ${report.file}`).toBe(true);
        reports.set(report.file, { read: report.read, rejected: report.rejected.length });
      }
    }
  }, 60_000);

  it("counts what each file holds", () => {
    const commitments = store.commitments();
    const perSheet = new Map<string, number>();
    for (const row of commitments) {
      const key = row.id.split(":").slice(0, 2).join(":");
      perSheet.set(key, (perSheet.get(key) ?? 0) + 1);
    }
    // Every one of the 17 fact sheets yields something; a sheet in prose alone (the Summit's summary, the Internet declaration) is one initiative.
    expect(new Set(commitments.filter((row) => row.data_set === "us-commitments").map((row) => row.source_url)).size).toBe(17);
    expect(commitments.filter((row) => row.data_set === "us-commitments").length).toBe(342);
    expect(perSheet.get("us-wh:2021-12-09")).toBe(28);
    expect(commitments.filter((row) => row.body_id === "initiative:pidr").length).toBe(35);
    expect(commitments.filter((row) => row.amount_usd !== null).length).toBe(66);
    // Canada: 19 milestones in each plan, from 106 and 65 indicators.
    expect([perSheet.get("ogp-can:5"), perSheet.get("ogp-can:6")]).toEqual([19, 19]);
    expect(reports.get("nap5.yaml")).toEqual({ read: 19, rejected: 0 });
    // manyios: 149 informal groups, 3,502 spells, 218 of 561 IGOs ended (the living ones are in the COW registry).
    expect(reports.get("iigo_organizations.csv")).toEqual({ read: 149, rejected: 0 });
    expect(reports.get("iigo_memberships.csv")).toEqual({ read: 3502, rejected: 0 });
    expect(store.structures().filter((row) => row.category === "DISSOLVED_IGO").length).toBe(218);
    expect(store.structureMembers().filter((row) => row.structure_id === "eu").length).toBe(28);
  });

  it("takes a programme's name, agency's amount, theme, body and source from its sentence", () => {
    const fund = store.commitments().find((row) => row.id === "us-wh:2021-12-09:international-fund-for-public-interest-media");
    expect(fund).toEqual({
      id: "us-wh:2021-12-09:international-fund-for-public-interest-media",
      data_set: "us-commitments",
      body_id: "initiative:pidr",
      kind: "PROGRAMME",
      title: "International Fund for Public Interest Media",
      description:
        "Under the Presidential Initiative, USAID will provide up to $30 million to the International Fund for Public Interest Media, a new multi-donor fund designed to enhance the independence, development, and sustainability of independent media, especially in resource-poor and fragile settings.",
      theme: "Supporting Free and Independent Media",
      topics: '["media"]',
      country_codes: "[]",
      start_date: "2021-12-09",
      end_date: null,
      amount_usd: 30_000_000,
      source_title: "Fact Sheet: Announcing the Presidential Initiative for Democratic Renewal",
      source_url:
        "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/12/09/fact-sheet-announcing-the-presidential-initiative-for-democratic-renewal/",
      source_date: "2021-12-09",
    });
    // Two programmes funded in one sentence: each takes the amount stated for it.
    const galvanize = store.commitments().find((row) => row.id === "us-wh:2021-12-09:global-initiative-to-galvanize-the-private-sector-as-partner");
    expect(galvanize?.amount_usd).toBe(6_500_000);
    expect(store.commitments().find((row) => row.id === "us-wh:2021-12-09:anti-corruption-response-fund")?.amount_usd).toBe(17_600_000);
  });

  it("reads an action plan's milestone with its indicators, due date, lead department and Summit flag", () => {
    const milestone = store.commitments().find((row) => row.id === "ogp-can:5:C03.1")!;
    expect(milestone).toMatchObject({
      body_id: "initiative:ogp-canada-5",
      theme: "Fiscal, Financial and Corporate Transparency",
      country_codes: '["CAN"]',
      start_date: "2022",
      end_date: "2023-12",
      source_title: "Canada's 5th National Action Plan on Open Government (2022–2024), milestone C03.1",
    });
    expect(milestone.description).toMatch(
      /^Pursuant to the Budget 2022 commitment the Government of Canada will implement a public and searchable beneficial ownership registry/,
    );
    expect(milestone.description).toMatch(/The registry is accessible to the public by the end of 2023\. Lead: ic\. A Summit for Democracy commitment\.$/);
  });

  it("keeps groups, dead IGOs and the EU with their dates and mandates", () => {
    expect(store.structures().find((row) => row.id === "iigo:lima-group")).toMatchObject({
      category: "INFORMAL_GROUP",
      name: "Lima Group",
      mandate: "political",
      began: "2017",
    });
    expect(store.structureMembers().filter((row) => row.structure_id === "iigo:lima-group")).toHaveLength(14);
    // "NA" is the Democratic Republic of the Congo among the state codes, not a missing value.
    expect(store.structureMembers().some((row) => row.country_code === "COD")).toBe(true);
    expect(store.structures().find((row) => row.id === "digo:african-and-malagasy-common-economic-organization")).toMatchObject({
      category: "DISSOLVED_IGO",
      mandate: "general purpose",
      began: "1967",
      ended: "1985",
      end_reason: "dissolved",
    });
    expect(store.structureMembers().filter((row) => row.structure_id === "eu" && row.country_code === "GBR")).toEqual([
      { structure_id: "eu", country_code: "GBR", began: "1973-01-01", ended: "2020-01-31" },
    ]);
  });

  it("imports again without change", async () => {
    const [again] = await STRUCTURE_IMPORTS[0].run(store, realData("manyios"));
    expect(again).toMatchObject({ inserted: 0, updated: 0 });
    expect(again.unchanged).toBe(149);
  });
});
