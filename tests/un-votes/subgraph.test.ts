import { describe, expect, it } from "vitest";
import { postGraphQL } from "../harness.js";
import { useSubgraph } from "../hub-hooks.js";

describe("un-votes subgraph", () => {
  const subgraph = useSubgraph("un-votes");

  it("knows the 193 member states and their regional groups", async () => {
    const result = await postGraphQL(subgraph().url, `{ unitedNations { memberCount members { code } source { note } } }`);
    expect(result.data.unitedNations.memberCount).toBe(193);
    expect(result.data.unitedNations.members).toHaveLength(193);
    expect(result.data.unitedNations.source.note).toMatch(/Holy See/);
  });

  it("marks observers and historical states as non-members", async () => {
    const result = await postGraphQL(subgraph().url, `{ countries(codes: ["NAM", "VAT", "PSE", "SUN"]) { code unMember unRegionalGroup } }`);
    expect(result.data.countries).toEqual([
      { code: "NAM", unMember: true, unRegionalGroup: "AFRICAN" },
      { code: "VAT", unMember: false, unRegionalGroup: null },
      { code: "PSE", unMember: false, unRegionalGroup: null },
      { code: "SUN", unMember: false, unRegionalGroup: null },
    ]);
  });
});
