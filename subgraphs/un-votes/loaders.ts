/** Per-request DataLoaders of the un-votes subgraph; each batch makes one store call. */
import DataLoader from "dataloader";
import { composeCountries } from "../shared/countries/reference.js";
import { singleValueLoader } from "../shared/loaders.js";
import { sourceFromRow } from "../shared/sources.js";
import { UN_MEMBERSHIP_SOURCE } from "./seed.js";
import type { UnVotesStore } from "./store.js";
import { voteIndexFor } from "./analytics/index-for-store.js";
import type { VoteIndex } from "./analytics/vote-index.js";
import type { Country } from "./types/Country.js";
import type { UnitedNations } from "./types/UnitedNations.js";

export type UnVotesLoaders = ReturnType<typeof createUnVotesLoaders>;
/** `votes()` is the vote index as of the request's first use: one consistent snapshot per request. */
export type UnVotesContext = { loaders: UnVotesLoaders; votes: () => VoteIndex };

export function createUnVotesContext(store: UnVotesStore): UnVotesContext {
  let snapshot: VoteIndex | undefined;
  return {
    loaders: createUnVotesLoaders(store),
    votes: () => (snapshot ??= voteIndexFor(store).current()),
  };
}

export function createUnVotesLoaders(store: UnVotesStore) {
  return {
    country: new DataLoader<string, Country | null>(async (codes) =>
      composeCountries(
        codes,
        (known) => new Map(store.membersAmong(known).map((row) => [row.country_code, row])),
        (record, member) => ({ ...record, unMember: member !== undefined, unRegionalGroup: member?.regional_group ?? null }),
      ),
    ),
    unitedNations: singleValueLoader<UnitedNations>(() => {
      const rows = store.allMembers();
      return {
        memberCount: rows.length,
        memberCodes: rows.map((row) => row.country_code),
        source: rows.length > 0 ? sourceFromRow(rows[0]) : { ...UN_MEMBERSHIP_SOURCE },
      };
    }),
  };
}
