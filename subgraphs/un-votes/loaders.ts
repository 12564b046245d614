/** Per-request DataLoaders of the un-votes subgraph; each batch makes one store call. */
import DataLoader from "dataloader";
import { composeCountries, type CountryRecord } from "../shared/countries/reference.js";
import { singleValueLoader } from "../shared/loaders.js";
import { sourceFromRow } from "../shared/sources.js";
import { UN_MEMBERSHIP_SOURCE } from "./seed.js";
import type { UnMemberRow, UnVotesStore } from "./store.js";
import { voteIndexFor } from "./analytics/index-for-store.js";
import type { VoteIndex } from "./analytics/vote-index.js";
import type { Country } from "./types/Country.js";
import type { UnitedNations } from "./types/UnitedNations.js";

export type UnVotesLoaders = ReturnType<typeof createUnVotesLoaders>;
/**
 * `votes()` is the vote index as of the request's first use: one consistent snapshot per request.
 * `voter(code)` is the Country behind a vote, answered synchronously: a session's listing holds
 * 18,000 votes, and a promise per vote (a DataLoader call each) doubled the time it took. Country
 * objects and UN membership rows are derived once per snapshot, not read per request.
 */
export type UnVotesContext = { loaders: UnVotesLoaders; votes: () => VoteIndex; voter: (code: string) => Country | null };

export function createUnVotesContext(store: UnVotesStore): UnVotesContext {
  let snapshot: VoteIndex | undefined;
  let voters: Map<string, Country | null> | undefined;
  const votes = () => (snapshot ??= voteIndexFor(store).current());
  return {
    loaders: createUnVotesLoaders(store, votes),
    votes,
    voter(code) {
      voters ??= votes().derived("voters", () => {
        const codes = votes().countryCodes;
        const countries = countriesOf(store, votes(), codes);
        return new Map(codes.map((c, i) => [c, countries[i]]));
      });
      return voters.get(code) ?? null;
    },
  };
}

/** The UN membership rows by country, read once per snapshot. */
function membersOf(store: UnVotesStore, index: VoteIndex): Map<string, UnMemberRow> {
  return index.derived("un-members", () => new Map(store.allMembers().map((row) => [row.country_code, row])));
}

function countriesOf(store: UnVotesStore, index: VoteIndex, codes: readonly string[]): (Country | null)[] {
  const members = membersOf(store, index);
  return composeCountries(codes, () => members, toCountry);
}

function toCountry(record: CountryRecord, member: UnMemberRow | undefined): Country {
  return { ...record, unMember: member !== undefined, unRegionalGroup: member?.regional_group ?? null };
}

export function createUnVotesLoaders(store: UnVotesStore, votes: () => VoteIndex) {
  return {
    country: new DataLoader<string, Country | null>(async (codes) => countriesOf(store, votes(), codes)),
    unitedNations: singleValueLoader<UnitedNations>(() => {
      const rows = [...membersOf(store, votes()).values()];
      return {
        memberCount: rows.length,
        memberCodes: rows.map((row) => row.country_code),
        source: rows.length > 0 ? sourceFromRow(rows[0]) : { ...UN_MEMBERSHIP_SOURCE },
      };
    }),
  };
}
