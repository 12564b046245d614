/**
 * Which country a Freedom House or V-Dem row is about, in the hub's codes. Both sources have
 * traps (../shared/data/README.md): Freedom House gives East and West Germany (and North and
 * South Vietnam and Yemen) the same ISO code for the same years, calls the USSR by Russia's code,
 * and leaves some codes empty; V-Dem uses Our World in Data's OWID_ codes or none for units
 * without an ISO code. Names settle what codes cannot; no row is folded into another state.
 */
import { findCountry } from "../../platform/countries/reference.js";

export type RatingCountryMatch = { code: string } | { reason: string };

/** Freedom House names that mean a state other than their iso3c column says. */
const FREEDOM_HOUSE_BY_NAME: Record<string, string> = {
  "Germany, W.": "XWG",
  "Germany, E.": "DDR",
  "Vietnam, N.": "VDR",
  "Vietnam, S.": "XSV",
  "Yemen, N.": "XNY",
  "Yemen, S.": "YMD",
  USSR: "SUN",
  Czechoslovakia: "CSK",
  Yugoslavia: "YUG",
  "Serbia and Montenegro": "SCG",
  Kosovo: "UNK",
  Micronesia: "FSM",
};

export function matchFreedomHouseCountry(name: string, iso3c: string): RatingCountryMatch {
  const byName = FREEDOM_HOUSE_BY_NAME[name.trim()];
  if (byName) return { code: byName };
  const code = iso3c.trim().toUpperCase();
  if (code === "") return { reason: `country "${name}" has no iso3c code and is not a known historical state` };
  return findCountry(code) ? { code } : { reason: `iso3c "${iso3c}" (${name}) is not a country code the hub knows` };
}

/** V-Dem units under Our World in Data codes, and units with no code at all, by name. */
const VDEM_BY_OWID_CODE: Record<string, string> = {
  OWID_GDR: "DDR",
  OWID_KOS: "UNK",
  OWID_RVN: "XSV",
  OWID_YPR: "YMD",
  OWID_ZAN: "XZB",
  OWID_SML: "XSL",
  OWID_BAD: "XBD",
  OWID_BAV: "XBV",
  OWID_HAN: "XHN",
  OWID_HSE: "XHE",
  OWID_HSG: "XHG",
  OWID_MEC: "XMS",
  OWID_MOD: "XMO",
  OWID_PMA: "XPR",
  OWID_SAX: "XSX",
  OWID_TUS: "XTU",
  OWID_SIC: "XTS",
  OWID_WRT: "XWU",
};

const VDEM_BY_NAME: Record<string, string> = {
  Brunswick: "XBR",
  Hamburg: "XHH",
  Nassau: "XNA",
  Oldenburg: "XOL",
  "Palestine/Gaza": "XGZ",
  "Palestine/West Bank": "XWB",
  "Papal States": "XPS",
  "Piedmont-Sardinia": "XPD",
  "Saxe-Weimar-Eisenach": "XSW",
};

export function matchVdemUnit(entity: string, code: string): RatingCountryMatch {
  const trimmed = code.trim().toUpperCase();
  if (trimmed === "") {
    const byName = VDEM_BY_NAME[entity.trim()];
    return byName ? { code: byName } : { reason: `entity "${entity}" has no code and is not a known V-Dem unit` };
  }
  const owid = VDEM_BY_OWID_CODE[trimmed];
  if (owid) return { code: owid };
  return findCountry(trimmed) ? { code: trimmed } : { reason: `code "${code}" (${entity}) is not a country code the hub knows` };
}
