/**
 * The states the UN's resolution files name, resolved to the hub's codes. The files write member
 * states by their UN short names in capitals (`VIET NAM`, `NETHERLANDS (KINGDOM OF THE)`), with
 * variants from one year to the next (`TURKEY`, `TÜRKIYE`, `TÜRKİYE`), stray spaces and
 * non-breaking spaces, a leading "THE", and in the sponsor lists typing slips (`GE RMANY`).
 * A name is matched on its letters alone, after accents are dropped and case is folded, against
 * the names `world-countries` gives every UN member and the UN's own short names where they differ.
 */
import worldCountriesModule, { type Countries } from "world-countries";
import { UN_MEMBERSHIP_SEED } from "../seed.js";

const worldCountries = worldCountriesModule as unknown as Countries;

/**
 * The UN's short names that `world-countries` does not carry, and spellings seen in the files
 * (checked 2026-12-02 against the UN's list of member states, un.org/en/about-us/member-states,
 * and the files of sessions 74–80, ES-10, ES-11 and S-32). The State of Palestine, a non-member
 * observer state, sponsors drafts but casts no recorded vote.
 */
const UN_NAMES: Readonly<Record<string, string>> = {
  "BOLIVIA (PLURINATIONAL STATE OF)": "BOL",
  "BRUNEI DARUSSALAM": "BRN",
  "CABO VERDE": "CPV",
  CONGO: "COG",
  "COTE D'IVOIRE": "CIV",
  "IRAN (ISLAMIC REPUBLIC OF)": "IRN",
  "MICRONESIA (FEDERATED STATES OF)": "FSM",
  "NETHERLANDS (KINGDOM OF THE)": "NLD",
  TURKEY: "TUR",
  TURKIYE: "TUR",
  "VENEZUELA (BOLIVARIAN REPUBLIC OF)": "VEN",
  "VIET NAM": "VNM",
  "STATE OF PALESTINE": "PSE",
  // Variants and slips in the files.
  TÜRKÝYE: "TUR",
  "BAHAMAS (THE)": "BHS",
  "GUINEA BISSAU": "GNB",
  "TIMOR LESTE": "TLS",
  "MICRONESIA (FEDERATES STATES OF)": "FSM",
  "VENEZUELA (BOLIVARIAN REPUBLIC)": "VEN",
  "BOLIVARIAN REPUBLIC OF VENEZUELA": "VEN",
  NAMBIA: "NAM",
  MALTAS: "MLT",
};

/** A name's letters only, accents dropped, in capitals: "Côte d’Ivoire " and "COTE D'IVOIRE" meet. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z]/g, "");
}

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  // The members as the hub seeds them (world-countries, with its one correction).
  const members = new Set(UN_MEMBERSHIP_SEED.members.map((member) => member.code));
  for (const country of worldCountries) {
    if (!members.has(country.cca3)) continue;
    for (const name of [country.name.common, country.name.official]) table.set(nameKey(name), country.cca3);
  }
  for (const [name, code] of Object.entries(UN_NAMES)) table.set(nameKey(name), code);
  return table;
}

const TABLE = buildTable();

/** The hub's code for a state as the UN's files name it, or null when the name is not a state's. */
export function resolveUnName(name: string): string | null {
  const key = nameKey(name);
  if (key === "") return null;
  return TABLE.get(key) ?? (key.startsWith("THE") ? (TABLE.get(key.slice(3)) ?? null) : null);
}
