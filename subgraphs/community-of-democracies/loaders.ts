/**
 * Per-request DataLoaders of the community-of-democracies subgraph. Each batch function makes
 * one store call and answers in key order.
 */
import DataLoader from "dataloader";
import { singleValueLoader } from "../shared/loaders.js";
import { composeCountries } from "../platform/countries/reference.js";
import { sourceFromRow } from "../shared/sources.js";
import type { CodStore, SeatRow } from "./store.js";
import type { Country } from "./types/Country.js";
import type { Founding } from "./types/Founding.js";
import type { GoverningCouncilSeat } from "./types/GoverningCouncilSeat.js";
import type { Secretariat } from "./types/Secretariat.js";
import type { WorkingGroup } from "./types/WorkingGroup.js";

export type CodLoaders = ReturnType<typeof createCodLoaders>;
export type CodContext = { loaders: CodLoaders };

function toSeat(row: SeatRow): GoverningCouncilSeat {
  return { countryCode: row.country_code, source: sourceFromRow(row) };
}

export function createCodLoaders(store: CodStore) {
  return {
    country: new DataLoader<string, Country | null>(async (codes) =>
      composeCountries(
        codes,
        (known) => new Map(store.seatsForCountries(known).map((row) => [row.country_code, row])),
        (record, seat) => ({ ...record, codGoverningCouncilSeat: seat ? toSeat(seat) : null }),
      ),
    ),
    governingCouncil: singleValueLoader(() => store.allSeats().map(toSeat)),
    activities: singleValueLoader(() => store.activities()),
    workingGroups: singleValueLoader<WorkingGroup[]>(() =>
      store.allWorkingGroups().map((row) => ({ id: row.id, name: row.name, sinceYear: row.since_year, source: sourceFromRow(row) })),
    ),
    secretariat: singleValueLoader<Secretariat | null>(() => {
      const row = store.secretariatRow();
      return row ? { name: row.name, city: row.city, countryCode: row.country_code, sinceYear: row.since_year, source: sourceFromRow(row) } : null;
    }),
    founding: singleValueLoader<Founding | null>(() => {
      const row = store.foundingRow();
      return row
        ? {
            document: row.document,
            city: row.city,
            countryCode: row.country_code,
            startDate: row.start_date,
            endDate: row.end_date,
            signatoryCount: row.signatories,
            source: sourceFromRow(row),
          }
        : null;
    }),
  };
}
