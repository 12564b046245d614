import { describe, expect, it, vi } from "vitest";
import { postGraphQL } from "../harness.js";
import { useSubgraph } from "../hub-hooks.js";

describe("alliance subgraph", () => {
  const subgraph = useSubgraph("alliance");

  it("starts with no members: none are invented", async () => {
    const result = await postGraphQL(
      subgraph().url,
      `{ alliance { members { code } applicants { code } } country(code: "CAN") { aodMembership { status since } } }`,
    );
    expect(result).toEqual({ data: { alliance: { members: [], applicants: [] }, country: { aodMembership: { status: "NOT_A_MEMBER", since: null } } } });
  });

  it("reads each state's standing from its latest recorded decision", async () => {
    // Test fixture: decisions written straight to the store; recording them through the graph comes with the membership work.
    const insert = subgraph().store.db.prepare(
      "INSERT INTO membership_decision (country_code, status, decided_on, grounds, recorded_by, recorded_at) VALUES (?, ?, ?, 'test fixture', 'test', '2026-11-27T00:00:00Z')",
    );
    insert.run("EST", "APPLICANT", "2026-01-10");
    insert.run("EST", "MEMBER", "2026-03-01");
    insert.run("CHL", "APPLICANT", "2026-02-01");
    const result = await postGraphQL(
      subgraph().url,
      `{ alliance { members { code aodMembership { since } } applicants { code } } country(code: "EST") { aodMembership { status since } } }`,
    );
    expect(result.data).toEqual({
      alliance: { members: [{ code: "EST", aodMembership: { since: "2026-03-01" } }], applicants: [{ code: "CHL" }] },
      country: { aodMembership: { status: "MEMBER", since: "2026-03-01" } },
    });
  });

  it("answers the members' countries from the rows that listed them, with one read of the store", async () => {
    const listings = vi.spyOn(subgraph().store.records, "latestStandingWithStatus");
    const lookups = vi.spyOn(subgraph().store.records, "latestStandingFor");
    const result = await postGraphQL(subgraph().url, `{ alliance { members { code aodMembership { status since } } } }`);
    expect(result.data).toEqual({ alliance: { members: [{ code: "EST", aodMembership: { status: "MEMBER", since: "2026-03-01" } }] } });
    expect(listings).toHaveBeenCalledTimes(1);
    expect(lookups).not.toHaveBeenCalled();
  });
});
