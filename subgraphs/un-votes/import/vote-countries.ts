/**
 * Which country cast a vote, in the hub's codes. The unvotes data names countries with ISO
 * alpha-2 codes, but with traps (see ../shared/data/README.md):
 * - Namibia's code is the literal "NA": kept as a string, never read as a missing value;
 * - some historical states have no code at all and are known by name only;
 * - some carry retired codes, and "CS" meant Czechoslovakia before ISO gave it to Serbia and Montenegro.
 * Every state keeps a code of its own; none is folded into its successor.
 */
import { allCountries } from "../../platform/countries/reference.js";

/** States the unvotes data gives no code, by the exact name it uses. */
const NAMED_WITHOUT_CODE: Record<string, string> = {
  "Federal Republic of Germany": "XWG",
  "Yemen Arab Republic": "XNY",
  Zanzibar: "XZN",
};

/** A retired alpha-2 code that ISO later gave to another state, resolved by the name beside it. */
const AMBIGUOUS_ALPHA2: Record<string, Record<string, string>> = {
  CS: { Czechoslovakia: "CSK", "Serbia and Montenegro": "SCG" },
};

function buildAlpha2Table(): Map<string, string> {
  const table = new Map<string, string>();
  // Current countries first, so a retired code never shadows a current one.
  for (const country of allCountries()) if (!country.historical && country.alpha2) table.set(country.alpha2, country.code);
  for (const country of allCountries()) {
    if (country.historical && country.alpha2 && !table.has(country.alpha2) && !(country.alpha2 in AMBIGUOUS_ALPHA2)) table.set(country.alpha2, country.code);
  }
  return table;
}

const BY_ALPHA2 = buildAlpha2Table();

export type CountryMatch = { code: string } | { reason: string };

export function matchUnvotesCountry(name: string, alpha2: string): CountryMatch {
  const code = alpha2.trim();
  if (code === "") {
    const byName = NAMED_WITHOUT_CODE[name.trim()];
    return byName ? { code: byName } : { reason: `country "${name}" has no code and is not a known historical state` };
  }
  const ambiguous = AMBIGUOUS_ALPHA2[code];
  if (ambiguous) {
    const byName = ambiguous[name.trim()];
    return byName ? { code: byName } : { reason: `country code "${code}" is ambiguous and the name "${name}" does not settle it` };
  }
  const mapped = BY_ALPHA2.get(code);
  return mapped ? { code: mapped } : { reason: `country code "${code}" (${name}) is not an ISO 3166-1 alpha-2 code the hub knows` };
}
