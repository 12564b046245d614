/**
 * The Community of Democracies as it records itself: Governing Council, working groups, the
 * Permanent Secretariat and the founding Warsaw Declaration. Real, sourced facts, applied once to
 * a new store (see applySeedOnce).
 */
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
