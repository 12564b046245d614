/**
 * The one country table every service shares: current countries and territories from the
 * maintained `world-countries` package (ISO 3166-1), plus the historical states above. It is
 * held in memory; it is reference data, identical in every subgraph by construction.
 */
import { regionOf, type Region } from "./regions.js";
import worldCountriesModule, { type Countries } from "world-countries";
import { HISTORICAL_STATES, OTHER_ENTITIES } from "./historical-states.js";

export type CountryRecord = {
  /** ISO 3166-1 alpha-3, or the code a historical state keeps (see historical-states.ts). */
  code: string;
  name: string;
  officialName: string;
  alpha2: string | null;
  historical: boolean;
  existedUntil: string | null;
  successorCodes: readonly string[];
  region: Region | null;
};

// The package's typings describe its ESM build; under Node the CommonJS build's default export is the same array.
const worldCountries = worldCountriesModule as unknown as Countries;

function buildTable(): ReadonlyMap<string, CountryRecord> {
  const table = new Map<string, CountryRecord>();
  for (const entry of worldCountries) {
    table.set(entry.cca3, {
      code: entry.cca3,
      name: entry.name.common,
      officialName: entry.name.official,
      alpha2: entry.cca2 || null,
      historical: false,
      existedUntil: null,
      successorCodes: [],
      region: regionOf(entry.region),
    });
  }
  for (const state of HISTORICAL_STATES) {
    if (table.has(state.code)) throw new Error(`historical state code ${state.code} collides with a current country`);
    table.set(state.code, {
      code: state.code,
      name: state.name,
      officialName: state.name,
      alpha2: state.alpha2,
      historical: true,
      existedUntil: state.existedUntil,
      successorCodes: state.successors,
      region: null,
    });
  }
  for (const entity of OTHER_ENTITIES) {
    if (table.has(entity.code)) throw new Error(`entity code ${entity.code} collides with another country`);
    table.set(entity.code, {
      code: entity.code,
      name: entity.name,
      officialName: entity.name,
      alpha2: null,
      historical: entity.historical,
      existedUntil: null,
      successorCodes: entity.successors,
      region: null,
    });
  }
  return table;
}

const TABLE = buildTable();
const SORTED = [...TABLE.values()].sort((a, b) => a.code.localeCompare(b.code));

export function findCountry(code: string): CountryRecord | undefined {
  return TABLE.get(code);
}

/** Every country the hub knows, ordered by code. */
export function allCountries(): readonly CountryRecord[] {
  return SORTED;
}

/**
 * The batch step every subgraph's country loader shares: look each code up in the reference
 * table, fetch this subgraph's own rows for the known ones in one call, and answer in key order,
 * null for a code no country has.
 */
export function composeCountries<Row, Entity>(
  codes: readonly string[],
  fetchRows: (knownCodes: string[]) => ReadonlyMap<string, Row>,
  build: (record: CountryRecord, row: Row | undefined) => Entity,
): (Entity | null)[] {
  const records = codes.map((code) => findCountry(code));
  const known = records.filter((record): record is CountryRecord => record !== undefined).map((record) => record.code);
  const rows = known.length > 0 ? fetchRows(known) : new Map<string, Row>();
  return records.map((record) => (record ? build(record, rows.get(record.code)) : null));
}
