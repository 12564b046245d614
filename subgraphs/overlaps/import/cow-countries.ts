/**
 * Which hub country a Correlates of War state column means. COW's short names and codes differ
 * from ISO (`uk`, `UKG`; `bahamas`, `BHM`), so the mapping is explicit: the names of COW's own
 * state list (states2016.csv) matched to the country table, with the cases that do not match, or
 * must not, written out below. Columns left unmapped are reported by the import, never guessed:
 * in v3 that is `korea`, the Korean state of 1887–1905, which the hub has no code for.
 */
import worldCountriesModule, { type Countries } from "world-countries";

const worldCountries = worldCountriesModule as unknown as Countries;

/** COW state columns whose names do not match, or mean a state the hub codes apart. */
const EXPLICIT: Record<string, string> = {
  antiguabarbuda: "ATG",
  turkey: "TUR",
  czechoslovakia: "CSK",
  stkitts: "KNA",
  stlucia: "LCA",
  stvincent: "VCT",
  austriahungary: "XAH",
  baden: "XBD",
  bavariaelect: "XBV",
  egermany: "DDR",
  wgermany: "XWG",
  hanover: "XHN",
  hesseelect: "XHE",
  hessegrand: "XHG",
  mecklenburg: "XMS",
  modena: "XMO",
  parma: "XPR",
  papalstates: "XPS",
  saxony: "XSX",
  tuscany: "XTU",
  twosicilies: "XTS",
  wurtenburg: "XWU",
  nyemen: "XNY",
  syemen: "YMD",
  svietnam: "XSV",
  zanzibar: "XZN",
};

/** COW's state 345 is one unit from Yugoslavia to Serbia; the hub keeps the three states apart by year. */
function yugoslaviaSerbia(year: number): string {
  if (year < 2003) return "YUG";
  if (year < 2006) return "SCG";
  return "SRB";
}

const normalise = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]/g, "");

const BY_NAME = new Map<string, string>();
for (const country of worldCountries) {
  for (const name of [country.name.common, country.name.official, ...country.altSpellings]) BY_NAME.set(normalise(name), country.cca3);
}

export type CowState = { column: string; abbreviation: string; name: string };

export type CowColumnMapping = { codeFor: (year: number) => string } | { unmapped: string };

export function mapCowColumn(state: CowState | undefined, column: string): CowColumnMapping {
  if (column === "yugoslaviaserb") return { codeFor: yugoslaviaSerbia };
  const explicit = EXPLICIT[column];
  if (explicit) return { codeFor: () => explicit };
  if (!state) return { unmapped: `column "${column}" is not a state of states2016.csv` };
  // Names only: COW's abbreviations collide with other states' ISO codes (COW AUS is Austria).
  const code = BY_NAME.get(normalise(state.name));
  return code ? { codeFor: () => code } : { unmapped: `column "${column}" (${state.name}, COW ${state.abbreviation}) matches no country the hub knows` };
}
