/**
 * The D-10 Strategy Forum as recorded by its convener, the Atlantic Council. Real, sourced facts;
 * applied once to a new store (see applySeedOnce).
 */
import type { ActivitySeed } from "../shared/activities.js";
import { TRANSCRIBED_FROM_ISSUE, type Source } from "../shared/sources.js";
import { D10ParticipantKind, D10Role } from "./types/enums.js";

const ATLANTIC_COUNCIL: Source = {
  title: "Atlantic Council, D-10 Strategy Forum",
  url: "https://www.atlanticcouncil.org/",
  checkedOn: "2026-11-27",
  note: TRANSCRIBED_FROM_ISSUE,
};

export type ParticipantSeed = { id: string; name: string; kind: D10ParticipantKind; role: D10Role; countryCode: string | null };
export type MeetingSeed = { id: string; year: number; city: string | null; hostCode: string | null; virtual: boolean };

const state = (code: string, name: string, role: D10Role): ParticipantSeed => ({ id: code, name, kind: D10ParticipantKind.STATE, role, countryCode: code });

export const D10_SEED = {
  name: "d10-strategy-forum",
  /** Bump when the facts below change, so existing stores take the update. */
  version: 1,
  source: ATLANTIC_COUNCIL,
  participants: [
    state("AUS", "Australia", D10Role.PARTICIPANT),
    state("CAN", "Canada", D10Role.PARTICIPANT),
    state("FRA", "France", D10Role.PARTICIPANT),
    state("DEU", "Germany", D10Role.PARTICIPANT),
    state("ITA", "Italy", D10Role.PARTICIPANT),
    state("JPN", "Japan", D10Role.PARTICIPANT),
    state("KOR", "Republic of Korea", D10Role.PARTICIPANT),
    state("GBR", "United Kingdom", D10Role.PARTICIPANT),
    state("USA", "United States", D10Role.PARTICIPANT),
    // The EU takes part as a union of states, not as a country: it has no country code.
    { id: "EU", name: "European Union", kind: D10ParticipantKind.SUPRANATIONAL_UNION, role: D10Role.PARTICIPANT, countryCode: null },
    state("IND", "India", D10Role.OBSERVER),
    state("IDN", "Indonesia", D10Role.OBSERVER),
    state("POL", "Poland", D10Role.OBSERVER),
    state("ESP", "Spain", D10Role.OBSERVER),
  ] satisfies ParticipantSeed[],
  meetings: [
    { id: "2014-ottawa", year: 2014, city: "Ottawa", hostCode: "CAN", virtual: false },
    { id: "2015-rome", year: 2015, city: "Rome", hostCode: "ITA", virtual: false },
    { id: "2016-brussels", year: 2016, city: "Brussels", hostCode: "BEL", virtual: false },
    { id: "2016-tokyo", year: 2016, city: "Tokyo", hostCode: "JPN", virtual: false },
    { id: "2017-london", year: 2017, city: "London", hostCode: "GBR", virtual: false },
    { id: "2018-seoul", year: 2018, city: "Seoul", hostCode: "KOR", virtual: false },
    { id: "2019-berlin", year: 2019, city: "Berlin", hostCode: "DEU", virtual: false },
    { id: "2020-virtual", year: 2020, city: null, hostCode: null, virtual: true },
    { id: "2022-washington", year: 2022, city: "Washington", hostCode: "USA", virtual: false },
  ] satisfies MeetingSeed[],
};

const OVERLAPS_ISSUE_NOTE =
  "Transcribed from the project's overlaps issue (#5), which cites this source; not re-read from the build machine. Topics are the hub's own classification.";
const G7_MEMBERS = ["CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"];

/**
 * Activities of the D-10 Strategy Forum (its meetings) and of structures next to it that the hub
 * compares with: the G7 Rapid Response Mechanism and the Summit for Democracy. Each carries the
 * id of the body that runs it.
 */
export const D10_ACTIVITIES_SEED = {
  name: "d10-activities",
  version: 1,
  activities: [
    ...D10_SEED.meetings.map((meeting): ActivitySeed => ({
      id: `d10:meeting:${meeting.id}`,
      kind: "MEETING",
      title: `D-10 Strategy Forum meeting${meeting.city ? `, ${meeting.city}` : " (virtual)"}`,
      description: null,
      topics: ["strategy", "democracy"],
      countryCodes: [],
      startDate: String(meeting.year),
      endDate: String(meeting.year),
      source: { ...ATLANTIC_COUNCIL, note: OVERLAPS_ISSUE_NOTE },
    })),
    {
      id: "g7:rapid-response-mechanism",
      kind: "STRUCTURE",
      title: "G7 Rapid Response Mechanism",
      description: "Set up by the G7's Charlevoix Commitment of 9 June 2018, with a coordination unit at Global Affairs Canada.",
      topics: ["foreign interference", "threats to democracy"],
      countryCodes: G7_MEMBERS,
      startDate: "2018-06-09",
      endDate: null,
      source: { title: "G7 Charlevoix Commitment on Defending Democracy from Foreign Threats", url: null, checkedOn: "2026-11-27", note: OVERLAPS_ISSUE_NOTE },
    },
    {
      id: "s4d:summit-2021",
      kind: "INITIATIVE",
      title: "Summit for Democracy",
      description: "Held on 9–10 December 2021.",
      topics: ["democracy", "authoritarianism", "corruption", "human rights"],
      countryCodes: [],
      startDate: "2021-12-09",
      endDate: "2021-12-10",
      source: { title: "Summit for Democracy, 9–10 December 2021", url: null, checkedOn: "2026-11-27", note: OVERLAPS_ISSUE_NOTE },
    },
  ] satisfies ActivitySeed[],
};

/**
 * Structures beside the D-10 whose activities the hub compares with. The G7's members are its
 * seven states (the EU takes part but is not a member state); the Summit for Democracy's
 * invitees are not recorded here, so it lists no members.
 */
export const ASSOCIATED_BODIES_SEED = [
  {
    id: "g7",
    name: "G7 (Group of Seven)",
    memberCodes: [...G7_MEMBERS].sort(),
    source: { title: "G7 Charlevoix Commitment on Defending Democracy from Foreign Threats", url: null, checkedOn: "2026-11-27", note: OVERLAPS_ISSUE_NOTE },
  },
  {
    id: "summit-for-democracy",
    name: "Summit for Democracy",
    memberCodes: [],
    source: {
      title: "Summit for Democracy, 9–10 December 2021",
      url: null,
      checkedOn: "2026-11-27",
      note: `${OVERLAPS_ISSUE_NOTE} Its invitees are not recorded.`,
    },
  },
] as const satisfies readonly { id: string; name: string; memberCodes: readonly string[]; source: Source }[];

/** Which body runs an activity of this subgraph, by id prefix. */
export function bodyOfActivity(id: string): string {
  if (id.startsWith("g7:")) return "g7";
  if (id.startsWith("s4d:")) return "summit-for-democracy";
  return "d10";
}
