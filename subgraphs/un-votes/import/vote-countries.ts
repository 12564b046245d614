/**
 * Which country cast a vote, in the hub's codes. The unvotes data names countries with ISO
 * alpha-2 codes, but with traps (see ../shared/data/README.md):
 * - Namibia's code is the literal "NA": kept as a string, never read as a missing value;
 * - some historical states have no code at all and are known by name only;
 * - some carry retired codes, and "CS" meant Czechoslovakia before ISO gave it to Serbia and Montenegro.
 * - "YU" names Yugoslavia and every state that held its seat after it, to Serbia today: the state
 *   follows from the vote's date (platform/countries/existence.ts);
 * - in the 2024 release (R's write.csv), a missing code is the bare word NA, which a CSV reader
 *   cannot tell from Namibia's quoted "NA": the country's name settles it.
 * Every state keeps a code of its own; none is folded into its successor.
 */
import { allCountries } from "../../platform/countries/reference.js";
import { yugoslavSeatHolder } from "../../platform/countries/existence.js";

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

/** `date`: the day of the vote, which decides the state behind a code several states held in turn. */
export function matchUnvotesCountry(name: string, alpha2: string, date: string): CountryMatch {
  const trimmed = alpha2.trim();
  const code = trimmed === "NA" && name.trim() !== "Namibia" ? "" : trimmed;
  if (code === "YU") return { code: yugoslavSeatHolder(date) };
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
