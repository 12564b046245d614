/** What every subgraph owes the graph for `Country`: any code resolves, unknown ones to null, no crash. */
import { describe, expect, it } from "vitest";
import { SUBGRAPHS } from "../../subgraphs/registry.js";
import { postGraphQL } from "../harness.js";
import { useSubgraph } from "../hub-hooks.js";

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Country { code name historical } } }`;

describe.each(SUBGRAPHS.map((s) => s.name))("Country in the %s subgraph", (name) => {
  const subgraph = useSubgraph(name);

  it("resolves references for codes it has data for, codes it has none for, historical states and unknown codes", async () => {
    const representations = ["USA", "NAM", "DDR", "ZZZ", "xx1", 42].map((code) => ({ __typename: "Country", code }));
    const result = await postGraphQL(subgraph().url, ENTITIES, { representations });
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { code: "USA", name: "United States", historical: false },
      { code: "NAM", name: "Namibia", historical: false },
      { code: "DDR", name: "German Democratic Republic", historical: true },
      null,
      null,
      null,
    ]);
  });

  it("answers Query.country, null for an unknown code and a clear error for a malformed one", async () => {
    const known = await postGraphQL(subgraph().url, `{ country(code: "pol") { code name } }`);
    expect(known).toEqual({ data: { country: { code: "POL", name: "Poland" } } });
    const unknown = await postGraphQL(subgraph().url, `{ country(code: "ZZZ") { code } }`);
    expect(unknown).toEqual({ data: { country: null } });
    const malformed = await postGraphQL(subgraph().url, `{ country(code: "P0L") { code } }`);
    expect(malformed.errors?.[0]).toMatchObject({
      message: 'code: expected an ISO 3166-1 alpha-3 country code (three letters, e.g. "USA"), received "P0L"',
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("lists current countries by default and historical states on request", async () => {
    const current = await postGraphQL(subgraph().url, `{ countries { code historical } }`);
    const all = await postGraphQL(subgraph().url, `{ countries(includeHistorical: true) { code historical } }`);
    // 250 from world-countries, and four V-Dem units without an ISO code (Somaliland, Zanzibar, Gaza, West Bank).
    expect(current.data.countries.length).toBe(254);
    expect(current.data.countries.every((c: { historical: boolean }) => !c.historical)).toBe(true);
    expect(all.data.countries.length).toBe(285);
    const picked = await postGraphQL(subgraph().url, `{ countries(codes: ["SUN", "ZZZ", "fra"]) { code } }`);
    expect(picked.data.countries).toEqual([{ code: "SUN" }, null, { code: "FRA" }]);
  });
});
