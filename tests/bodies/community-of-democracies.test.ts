import { describe, expect, it } from "vitest";
import { postGraphQL } from "../harness.js";
import { useSubgraph } from "../hub-hooks.js";

describe("community-of-democracies subgraph", () => {
  const subgraph = useSubgraph("community-of-democracies");

  it("has the 30 Governing Council states, each with its source", async () => {
    const result = await postGraphQL(subgraph().url, `{ communityOfDemocracies { governingCouncil { country { code } source { url checkedOn } } } }`);
    const seats = result.data.communityOfDemocracies.governingCouncil;
    expect(seats).toHaveLength(30);
    expect(seats.map((s: { country: { code: string } }) => s.country.code)).toEqual(expect.arrayContaining(["MKD", "KOR", "MDA", "SLV", "USA", "URY"]));
    expect(seats.every((s: { source: { url: string } }) => s.source.url === "https://community-democracies.org/")).toBe(true);
  });

  it("records the working groups, the secretariat in Warsaw and the Warsaw Declaration", async () => {
    const result = await postGraphQL(
      subgraph().url,
      `{ communityOfDemocracies { workingGroups { name sinceYear } secretariat { city country { code } sinceYear }
         founding { document startDate endDate signatoryCount host { code } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.communityOfDemocracies).toEqual({
      workingGroups: [
        { name: "Democracy and Technology", sinceYear: null },
        { name: "Enabling and Protecting Civil Society", sinceYear: 2009 },
        { name: "Women and Democracy", sinceYear: null },
      ],
      secretariat: { city: "Warsaw", country: { code: "POL" }, sinceYear: 2009 },
      founding: { document: "Warsaw Declaration", startDate: "2000-06-25", endDate: "2000-06-27", signatoryCount: 106, host: { code: "POL" } },
    });
  });

  it("tells which countries hold a Governing Council seat", async () => {
    const result = await postGraphQL(subgraph().url, `{ countries(codes: ["NOR", "DNK"]) { code codGoverningCouncilSeat { source { title } } } }`);
    expect(result.data.countries[0].codGoverningCouncilSeat).not.toBeNull();
    expect(result.data.countries[1]).toEqual({ code: "DNK", codGoverningCouncilSeat: null });
  });
});
