/** N countries across four subgraphs: one entity request per subgraph and one store call per batch, not N. */
import { describe, expect, it, vi } from "vitest";
import { useHub } from "../hub-hooks.js";

const CODES = ["ARG", "CAN", "CHL", "DEU", "EST", "FRA", "IND", "JPN", "KOR", "NAM", "POL", "USA", "DDR", "XWG", "ZZZ"];

describe("entity batching through the gateway", () => {
  const hub = useHub();

  it("sends one request per subgraph and makes one store call per subgraph for N countries", async () => {
    const { stores, gateway } = hub();
    const spies = {
      cod: vi.spyOn(stores["community-of-democracies"], "seatsForCountries"),
      d10: vi.spyOn(stores.d10, "participantsForCountries"),
      alliance: vi.spyOn(stores.alliance.records, "latestStandingFor"),
    };
    // un-votes holds UN membership in memory, read once per data snapshot rather than per request.
    const unMembershipReads = vi.spyOn(stores["un-votes"], "allMembers");
    const before = new Map([...gateway.dataSources].map(([name, source]) => [name, source.requestCount]));

    const result = await hub().query(
      `query ($codes: [String!]) { countries(codes: $codes) { code codGoverningCouncilSeat { source { title } } unMember d10Role aodMembership { status } } }`,
      { codes: CODES },
    );

    expect(result.errors).toBeUndefined();
    expect(result.data.countries).toHaveLength(CODES.length);
    expect(result.data.countries[CODES.length - 1]).toBeNull();
    const calls = new Map([...gateway.dataSources].map(([name, source]) => [name, source.requestCount - (before.get(name) ?? 0)]));
    // The root field is served by one subgraph; every subgraph holding a requested field gets exactly one
    // request (the root one or a single _entities batch), never one per country.
    expect([...calls.values()].every((count) => count <= 1)).toBe(true);
    for (const name of ["community-of-democracies", "un-votes", "d10", "alliance"]) expect(calls.get(name), name).toBe(1);
    for (const [name, spy] of Object.entries(spies)) {
      expect(spy, name).toHaveBeenCalledTimes(1);
      // Every known code of the request in that one call (ZZZ is unknown and never reaches the store).
      expect((spy.mock.calls[0][0] as string[]).length, name).toBe(CODES.length - 1);
    }
    expect(unMembershipReads).toHaveBeenCalledTimes(1);
    await hub().query(`query ($codes: [String!]) { countries(codes: $codes) { code unMember } }`, { codes: CODES });
    expect(unMembershipReads).toHaveBeenCalledTimes(1);
  });
});
