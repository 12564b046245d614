import { describe, expect, it } from "vitest";
import { postGraphQL } from "../harness.js";
import { useSubgraph } from "../hub-hooks.js";

describe("d10 subgraph", () => {
  const subgraph = useSubgraph("d10");

  it("lists the participants, with the EU as a union of states that has no country", async () => {
    const result = await postGraphQL(subgraph().url, `{ d10 { participants { id kind role country { code } } observers { id country { code } } } }`);
    expect(result.errors).toBeUndefined();
    const participants = result.data.d10.participants;
    expect(participants.map((p: { id: string }) => p.id).sort()).toEqual(["AUS", "CAN", "DEU", "EU", "FRA", "GBR", "ITA", "JPN", "KOR", "USA"]);
    expect(participants.find((p: { id: string }) => p.id === "EU")).toEqual({ id: "EU", kind: "SUPRANATIONAL_UNION", role: "PARTICIPANT", country: null });
    expect(
      participants.filter((p: { kind: string }) => p.kind === "STATE").every((p: { id: string; country: { code: string } }) => p.country.code === p.id),
    ).toBe(true);
    expect(result.data.d10.observers.map((o: { id: string }) => o.id).sort()).toEqual(["ESP", "IDN", "IND", "POL"]);
  });

  it("lists the nine meetings in order, the virtual one without a host", async () => {
    const result = await postGraphQL(subgraph().url, `{ d10 { meetings { year city virtual host { code } source { title checkedOn } } } }`);
    const meetings = result.data.d10.meetings;
    expect(meetings.map((m: { year: number; city: string | null }) => `${m.year} ${m.city ?? "virtual"}`)).toEqual([
      "2014 Ottawa",
      "2015 Rome",
      "2016 Brussels",
      "2016 Tokyo",
      "2017 London",
      "2018 Seoul",
      "2019 Berlin",
      "2020 virtual",
      "2022 Washington",
    ]);
    expect(meetings[7]).toMatchObject({ virtual: true, host: null });
    expect(meetings[0].source).toEqual({ title: "Atlantic Council, D-10 Strategy Forum", checkedOn: "2026-11-27" });
  });

  it("gives each country its role and the meetings it hosted", async () => {
    const result = await postGraphQL(subgraph().url, `{ countries(codes: ["JPN", "IND", "BRA"]) { code d10Role d10MeetingsHosted { year } } }`);
    expect(result.data.countries).toEqual([
      { code: "JPN", d10Role: "PARTICIPANT", d10MeetingsHosted: [{ year: 2016 }] },
      { code: "IND", d10Role: "OBSERVER", d10MeetingsHosted: [] },
      { code: "BRA", d10Role: null, d10MeetingsHosted: [] },
    ]);
  });
});
