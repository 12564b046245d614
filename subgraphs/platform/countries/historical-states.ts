/**
 * States that no longer exist but appear in the real data the hub imports (UN votes since
 * 1946, Freedom House since 1972). Each keeps a code of its own and is never folded into a
 * successor: a vote cast by the German Democratic Republic is not a vote of Germany.
 *
 * Codes: the ISO 3166-3 code where ISO retired one for the state; otherwise a code from the
 * range ISO 3166-1 leaves to users (XAA–XZZ), chosen here and never reused. Those are marked
 * `userAssigned`, so no one mistakes them for ISO codes.
 */
export type HistoricalState = {
  code: string;
  name: string;
  /** The retired ISO alpha-2 code, where ISO had one. */
  alpha2: string | null;
  existedFrom: string;
  existedUntil: string;
  /** Codes of the states that followed it. */
  successors: string[];
  userAssigned: boolean;
};

/**
 * Source: ISO 3166-3 (codes for formerly used names of countries, https://www.iso.org/iso-3166-country-codes.html)
 * and dates of state succession: dates of independence, union and dissolution as commonly
 * recorded; user-assigned codes are this project's own.
 */
export const HISTORICAL_STATES: readonly HistoricalState[] = [
  {
    code: "SUN",
    name: "Union of Soviet Socialist Republics",
    alpha2: "SU",
    existedFrom: "1922-12-30",
    existedUntil: "1991-12-26",
    successors: ["RUS", "UKR", "BLR", "EST", "LVA", "LTU", "MDA", "GEO", "ARM", "AZE", "KAZ", "KGZ", "TJK", "TKM", "UZB"],
    userAssigned: false,
  },
  {
    code: "YUG",
    name: "Yugoslavia",
    alpha2: "YU",
    existedFrom: "1918-12-01",
    existedUntil: "2003-02-04",
    successors: ["SVN", "HRV", "BIH", "MKD", "SCG"],
    userAssigned: false,
  },
  {
    code: "SCG",
    name: "Serbia and Montenegro",
    alpha2: "CS",
    existedFrom: "2003-02-04",
    existedUntil: "2006-06-05",
    successors: ["SRB", "MNE"],
    userAssigned: false,
  },
  { code: "CSK", name: "Czechoslovakia", alpha2: "CS", existedFrom: "1918-10-28", existedUntil: "1992-12-31", successors: ["CZE", "SVK"], userAssigned: false },
  {
    code: "DDR",
    name: "German Democratic Republic",
    alpha2: "DD",
    existedFrom: "1949-10-07",
    existedUntil: "1990-10-03",
    successors: ["DEU"],
    userAssigned: false,
  },
  {
    code: "XWG",
    name: "Federal Republic of Germany (1949–1990)",
    alpha2: null,
    existedFrom: "1949-05-23",
    existedUntil: "1990-10-03",
    successors: ["DEU"],
    userAssigned: true,
  },
  { code: "XNY", name: "Yemen Arab Republic", alpha2: null, existedFrom: "1962-09-26", existedUntil: "1990-05-22", successors: ["YEM"], userAssigned: true },
  {
    code: "YMD",
    name: "People's Democratic Republic of Yemen",
    alpha2: "YD",
    existedFrom: "1967-11-30",
    existedUntil: "1990-05-22",
    successors: ["YEM"],
    userAssigned: false,
  },
  {
    code: "VDR",
    name: "Democratic Republic of Vietnam",
    alpha2: "VD",
    existedFrom: "1945-09-02",
    existedUntil: "1976-07-02",
    successors: ["VNM"],
    userAssigned: false,
  },
  { code: "XSV", name: "Republic of Vietnam", alpha2: null, existedFrom: "1955-10-26", existedUntil: "1975-04-30", successors: ["VNM"], userAssigned: true },
  {
    code: "XZN",
    name: "People's Republic of Zanzibar",
    alpha2: null,
    existedFrom: "1963-12-10",
    existedUntil: "1964-04-26",
    successors: ["TZA"],
    userAssigned: true,
  },
];

/**
 * Country units of V-Dem's Regimes of the World that have no ISO code: states of the German
 * Confederation and pre-unification Italy, and units V-Dem codes apart from the state they lie
 * in. Each keeps a user-assigned code. V-Dem gives years, not days, so no end date is claimed;
 * `historical` is false for units that still exist.
 */
export type OtherEntity = { code: string; name: string; historical: boolean; successors: string[] };

/** Source: V-Dem Regimes of the World, country units (v13, via Our World in Data, https://ourworldindata.org/grapher/political-regime). */
export const OTHER_ENTITIES: readonly OtherEntity[] = [
  // A Correlates of War state system member without an ISO code.
  { code: "XAH", name: "Austria-Hungary", historical: true, successors: ["AUT", "HUN"] },
  { code: "XBD", name: "Baden", historical: true, successors: ["DEU"] },
  { code: "XBV", name: "Bavaria", historical: true, successors: ["DEU"] },
  { code: "XBR", name: "Brunswick", historical: true, successors: ["DEU"] },
  { code: "XHH", name: "Hamburg", historical: true, successors: ["DEU"] },
  { code: "XHN", name: "Hanover", historical: true, successors: ["DEU"] },
  { code: "XHE", name: "Hesse Electoral", historical: true, successors: ["DEU"] },
  { code: "XHG", name: "Hesse Grand Ducal", historical: true, successors: ["DEU"] },
  { code: "XMS", name: "Mecklenburg Schwerin", historical: true, successors: ["DEU"] },
  { code: "XNA", name: "Nassau", historical: true, successors: ["DEU"] },
  { code: "XOL", name: "Oldenburg", historical: true, successors: ["DEU"] },
  { code: "XSW", name: "Saxe-Weimar-Eisenach", historical: true, successors: ["DEU"] },
  { code: "XSX", name: "Saxony", historical: true, successors: ["DEU"] },
  { code: "XWU", name: "Wuerttemberg", historical: true, successors: ["DEU"] },
  { code: "XMO", name: "Modena", historical: true, successors: ["ITA"] },
  { code: "XPR", name: "Parma", historical: true, successors: ["ITA"] },
  { code: "XPD", name: "Piedmont-Sardinia", historical: true, successors: ["ITA"] },
  { code: "XPS", name: "Papal States", historical: true, successors: ["ITA"] },
  { code: "XTU", name: "Tuscany", historical: true, successors: ["ITA"] },
  { code: "XTS", name: "Two Sicilies", historical: true, successors: ["ITA"] },
  { code: "XSL", name: "Somaliland", historical: false, successors: [] },
  // V-Dem's Zanzibar unit runs from 1900 to today; the state XZN above lived only in 1963–64.
  { code: "XZB", name: "Zanzibar (V-Dem unit)", historical: false, successors: [] },
  { code: "XGZ", name: "Palestine/Gaza", historical: false, successors: [] },
  { code: "XWB", name: "Palestine/West Bank", historical: false, successors: [] },
];
