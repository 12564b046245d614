import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubgraphService } from "../../subgraphs/shared/subgraph-service.js";
import { postGraphQL, startSubgraph } from "../harness.js";

describe("un-votes subgraph", () => {
  let url: string;
  let service: SubgraphService;
  beforeAll(async () => {
    ({ url, service } = await startSubgraph("un-votes"));
  });
  afterAll(() => service.stop());

  it("knows the 193 member states and their regional groups", async () => {
    const result = await postGraphQL(url, `{ unitedNations { memberCount members { code } source { note } } }`);
    expect(result.data.unitedNations.memberCount).toBe(193);
    expect(result.data.unitedNations.members).toHaveLength(193);
    expect(result.data.unitedNations.source.note).toMatch(/Holy See/);
  });

  it("marks observers and historical states as non-members", async () => {
    const result = await postGraphQL(url, `{ countries(codes: ["NAM", "VAT", "PSE", "SUN"]) { code unMember unRegionalGroup } }`);
    expect(result.data.countries).toEqual([
      { code: "NAM", unMember: true, unRegionalGroup: "African Group" },
      { code: "VAT", unMember: false, unRegionalGroup: null },
      { code: "PSE", unMember: false, unRegionalGroup: null },
      { code: "SUN", unMember: false, unRegionalGroup: null },
    ]);
  });
});
