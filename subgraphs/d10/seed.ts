/**
 * The D-10 Strategy Forum as recorded by its convener, the Atlantic Council. Real, sourced facts;
 * applied once to a new store (see applySeedOnce).
 */
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
