/**
 * Per-request DataLoaders of the community-of-democracies subgraph. Each batch function makes
 * one store call and answers in key order.
 */
import DataLoader from "dataloader";
import { singleValueLoader } from "../shared/loaders.js";
import { composeCountries } from "../platform/countries/reference.js";
import { toFounding, toSeat, toSecretariat, toWorkingGroup } from "./resolvers/mappers.js";
import type { CodStore } from "./store.js";
import type { Country } from "./types/country.js";
import type { Founding, Secretariat, WorkingGroup } from "./types/community-of-democracies.js";

export type CodLoaders = ReturnType<typeof createCodLoaders>;
export type CodContext = { loaders: CodLoaders };

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
    workingGroups: singleValueLoader<WorkingGroup[]>(() => store.allWorkingGroups().map(toWorkingGroup)),
    secretariat: singleValueLoader<Secretariat | null>(() => {
      const row = store.secretariatRow();
      return row ? toSecretariat(row) : null;
    }),
    founding: singleValueLoader<Founding | null>(() => {
      const row = store.foundingRow();
      return row ? toFounding(row) : null;
    }),
  };
}
