/**
 * The Community of Democracies as it records itself: Governing Council, working groups, the
 * Permanent Secretariat and the founding Warsaw Declaration. Real, sourced facts, applied once to
 * a new store (see applySeedOnce).
 */
import type { ActivitySeed } from "../shared/activities.js";
import { TRANSCRIBED_FROM_ISSUE, type Source } from "../shared/sources.js";

const COMMUNITY_OF_DEMOCRACIES: Source = {
  title: "Community of Democracies, Governing Council and about pages",
  url: "https://community-democracies.org/",
  checkedOn: "2026-11-27",
  note: TRANSCRIBED_FROM_ISSUE,
};

export const COD_SEED = {
  name: "community-of-democracies",
  /** Bump when the facts below change, so existing stores take the update. */
  version: 1,
  source: COMMUNITY_OF_DEMOCRACIES,
  /** The 30 Governing Council states, by ISO alpha-3 code. */
  governingCouncil: [
    "ARG", // Argentina
    "CAN", // Canada
    "CHL", // Chile
    "CRI", // Costa Rica
    "SLV", // El Salvador
    "EST", // Estonia
    "FIN", // Finland
    "GEO", // Georgia
    "GTM", // Guatemala
    "HUN", // Hungary
    "IND", // India
    "ITA", // Italy
    "JPN", // Japan
    "LTU", // Lithuania
    "MEX", // Mexico
    "MDA", // Moldova
    "MNG", // Mongolia
    "MAR", // Morocco
    "NGA", // Nigeria
    "NOR", // Norway
    "MKD", // North Macedonia
    "PAN", // Panama
    "POL", // Poland
    "PRT", // Portugal
    "KOR", // Republic of Korea
    "ROU", // Romania
    "SWE", // Sweden
    "GBR", // United Kingdom
    "USA", // United States
    "URY", // Uruguay
  ],
  workingGroups: [
    { id: "democracy-and-technology", name: "Democracy and Technology", sinceYear: null },
    { id: "enabling-and-protecting-civil-society", name: "Enabling and Protecting Civil Society", sinceYear: 2009 },
    { id: "women-and-democracy", name: "Women and Democracy", sinceYear: null },
  ],
  secretariat: { name: "Permanent Secretariat", city: "Warsaw", countryCode: "POL", sinceYear: 2009 },
  founding: {
    document: "Warsaw Declaration",
    city: "Warsaw",
    countryCode: "POL",
    startDate: "2000-06-25",
    endDate: "2000-06-27",
    signatories: 106,
  },
};

const OVERLAPS_ISSUE_NOTE =
  "Transcribed from the project's overlaps issue (#5), which cites this source; not re-read from the build machine. Topics are the hub's own classification.";
const COD_ACTIVITIES_SOURCE: Source = { ...COMMUNITY_OF_DEMOCRACIES, note: OVERLAPS_ISSUE_NOTE };

/** The Community of Democracies' activities. Participants are not listed by the source, so none are recorded. */
export const COD_ACTIVITIES_SEED = {
  name: "community-of-democracies-activities",
  version: 1,
  activities: [
    {
      id: "cod:wg:democracy-and-technology",
      kind: "WORKING_GROUP",
      title: "Working Group on Democracy and Technology",
      description: null,
      topics: ["technology"],
      countryCodes: [],
      startDate: null,
      endDate: null,
      source: COD_ACTIVITIES_SOURCE,
    },
    {
      id: "cod:wg:enabling-and-protecting-civil-society",
      kind: "WORKING_GROUP",
      title: "Working Group on Enabling and Protecting Civil Society",
      description: null,
      topics: ["civil society"],
      countryCodes: [],
      startDate: "2009",
      endDate: null,
      source: COD_ACTIVITIES_SOURCE,
    },
    {
      id: "cod:wg:women-and-democracy",
      kind: "WORKING_GROUP",
      title: "Working Group on Women and Democracy",
      description: null,
      topics: ["women", "gender equality"],
      countryCodes: [],
      startDate: null,
      endDate: null,
      source: COD_ACTIVITIES_SOURCE,
    },
    {
      id: "cod:civil-society-standards",
      kind: "INITIATIVE",
      title: "Civil Society Standards",
      description: "Adopted in March 2016.",
      topics: ["civil society"],
      countryCodes: [],
      startDate: "2016-03",
      endDate: null,
      source: COD_ACTIVITIES_SOURCE,
    },
    {
      id: "cod:permanent-secretariat",
      kind: "STRUCTURE",
      title: "Permanent Secretariat of the Community of Democracies",
      description: "Permanent secretariat in Warsaw since 2009.",
      topics: ["secretariat"],
      countryCodes: [],
      startDate: "2009",
      endDate: null,
      source: COD_ACTIVITIES_SOURCE,
    },
  ] satisfies ActivitySeed[],
};
