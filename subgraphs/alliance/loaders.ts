/** Per-request DataLoaders of the alliance subgraph; each batch makes one store call. */
import DataLoader from "dataloader";
import { groupBy } from "../shared/collections.js";
import { composeCountries } from "../shared/countries/reference.js";
import type { AllianceStore, MembershipRow } from "./store.js";
import type { AodMembership } from "./types/AodMembership.js";
import type { Country } from "./types/Country.js";
import { AodMembershipStatus } from "./types/enums.js";

export type AllianceLoaders = ReturnType<typeof createAllianceLoaders>;
export type AllianceContext = { loaders: AllianceLoaders };

function toMembership(code: string, row: MembershipRow | undefined): AodMembership {
  return row
    ? { countryCode: code, status: AodMembershipStatus[row.status], since: row.decided_on }
    : { countryCode: code, status: AodMembershipStatus.NOT_A_MEMBER, since: null };
}

export function createAllianceLoaders(store: AllianceStore) {
  return {
    country: new DataLoader<string, Country | null>(async (codes) =>
      composeCountries(
        codes,
        (known) => new Map(store.latestDecisionsFor(known).map((row) => [row.country_code, row])),
        (record, row) => ({ ...record, aodMembership: toMembership(record.code, row) }),
      ),
    ),
    membershipsByStatus: new DataLoader<AodMembershipStatus, AodMembership[]>(async (statuses) => {
      const groups = groupBy(store.latestDecisionsWithStatus(statuses), (row) => row.status);
      return statuses.map((status) => (groups.get(status) ?? []).map((row) => toMembership(row.country_code, row)));
    }),
  };
}
