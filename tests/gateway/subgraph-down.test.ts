/** A subgraph that is down costs its own fields, not the response: partial data plus an error naming it. */
import { describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";

describe("a subgraph that is down", () => {
  const hub = useHub({ HUB_SUBGRAPH_TIMEOUT_MS: "1000" });

  it("yields the other subgraphs' data, null for its own fields, and an error that names it without internals", async () => {
    await hub().subgraphServices.d10.stop();

    const response = await fetch(hub().gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `{ communityOfDemocracies { secretariat { city } } d10 { name } country(code: "JPN") { name unMember d10Role aodMembership { status } } }`,
      }),
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as any;

    expect(result.data.communityOfDemocracies).toEqual({ secretariat: { city: "Warsaw" } });
    expect(result.data.d10).toBeNull();
    expect(result.data.country).toMatchObject({ name: "Japan", unMember: true, d10Role: null, aodMembership: { status: "NOT_A_MEMBER" } });
    const d10Errors = result.errors.filter((error: any) => error.extensions?.serviceName === "d10");
    expect(d10Errors.length).toBeGreaterThan(0);
    expect(d10Errors[0]).toMatchObject({ message: "The d10 subgraph could not be reached.", extensions: { code: "SUBGRAPH_UNAVAILABLE" } });
    expect(JSON.stringify(result.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/i);

    // A root field every subgraph serves starts in one that is up; a mutation is never asked twice.
    const alliance = hub().gateway.dataSources.get("alliance")!;
    await hub().subgraphServices.alliance.stop();
    const failoversBefore = hub().gateway.failover.failoverCount;
    const countries = await hub().query(`{ countries(codes: ["JPN", "CAN"]) { code name aodMembership { status } } }`);
    expect(countries.data!.countries).toEqual([
      { code: "JPN", name: "Japan", aodMembership: null },
      { code: "CAN", name: "Canada", aodMembership: null },
    ]);
    expect(countries.errors!.every((error) => error.extensions?.serviceName === "alliance")).toBe(true);
    expect(hub().gateway.failover.failoverCount - failoversBefore).toBeLessThanOrEqual(1);
    const callsBefore = alliance.requestCount;
    const mutation = await hub().query(`mutation { applyForMembership(input: { countryCode: "JPN", grounds: "x" }) { decision { status } } }`);
    expect(mutation.errors?.[0].extensions?.code).toBe("SUBGRAPH_UNAVAILABLE");
    expect(alliance.requestCount - callsBefore).toBe(1);

    const ready = await fetch(`${hub().operationsUrl}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as any).subgraphs).toMatchObject({ d10: "down", alliance: "down", "un-votes": "up" });
  });
});
