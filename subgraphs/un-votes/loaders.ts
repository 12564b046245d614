/** Per-request DataLoaders of the un-votes subgraph; each batch makes one store call. */
import type { IncomingMessage } from "node:http";
import DataLoader from "dataloader";
import { readActor, type AuthContext } from "../shared/auth.js";
import type { AlertService } from "./alerts/alert-service.js";
import { Deadline } from "../platform/deadline.js";
import { composeCountries } from "../platform/countries/reference.js";
import type { Db } from "../shared/store.js";
import { singleValueLoader } from "../shared/loaders.js";
import { sourceFromRow } from "../shared/sources.js";
import { UN_MEMBERSHIP_SOURCE } from "./seed.js";
import type { UnMemberRow, UnVotesStore } from "./store.js";
import type { UnVotesServices } from "./services.js";
import type { VoteIndex } from "./analytics/vote-index.js";
import { toCountry } from "./resolvers/mappers.js";
import type { Country } from "./types/country.js";
import type { UnitedNations } from "./types/united-nations.js";

export type UnVotesLoaders = ReturnType<typeof createUnVotesLoaders>;
/**
 * `votes()` is the vote index as of the request's first use: one consistent snapshot per request.
 * `voter(code)` is the Country behind a vote, answered synchronously: a session's listing holds
 * tens of thousands of votes, and a promise per vote (a DataLoader call each) made it markedly
 * slower when measured (`npm run bench` times the listing). Country objects and UN membership
 * rows are derived once per snapshot, not read per request.
 */
export type UnVotesContext = AuthContext & {
  loaders: UnVotesLoaders;
  votes: () => VoteIndex;
  voter: (code: string) => Country | null;
  deadline: Deadline;
  dataSetStore: Db;
  dataSetsImporting: () => ReadonlySet<string>;
  alerts: AlertService;
};

export function createUnVotesContext(services: UnVotesServices, req?: IncomingMessage): UnVotesContext {
  const { store, alerts } = services;
  let snapshot: VoteIndex | undefined;
  let voters: Map<string, Country> | undefined;
  const votes = () => (snapshot ??= services.votes.current());
  return {
    ...readActor(req?.headers["x-hub-claims"], alerts.settings.authMode),
    authMode: alerts.settings.authMode,
    alerts,
    loaders: createUnVotesLoaders(store, votes),
    votes,
    deadline: Deadline.forRequest(req),
    dataSetStore: store.db,
    dataSetsImporting: () => store.importingDataSets(),
    voter(code) {
      voters ??= countryTable(store, votes());
      return voters.get(code) ?? null;
    },
  };
}

/** The UN membership rows by country, read once per snapshot. */
function membersOf(store: UnVotesStore, index: VoteIndex): Map<string, UnMemberRow> {
  return index.derived("un-members", () => new Map(store.allMembers().map((row) => [row.country_code, row])));
}

/**
 * Country objects by code, composed once per snapshot and shared by every request (the objects
 * are never changed): every voting country up front, any other known code added when first asked
 * for. Unknown codes are not kept, so the table never outgrows the country reference.
 */
function countryTable(store: UnVotesStore, index: VoteIndex): Map<string, Country> {
  return index.derived("countries", () => {
    const table = new Map<string, Country>();
    addCountries(table, store, index, index.countryCodes);
    return table;
  });
}

function addCountries(table: Map<string, Country>, store: UnVotesStore, index: VoteIndex, codes: readonly string[]): void {
  const members = membersOf(store, index);
  composeCountries(codes, () => members, toCountry).forEach((country, i) => {
    if (country) table.set(codes[i], country);
  });
}

function countriesOf(store: UnVotesStore, index: VoteIndex, codes: readonly string[]): (Country | null)[] {
  const table = countryTable(store, index);
  const missing = codes.filter((code) => !table.has(code));
  if (missing.length > 0) addCountries(table, store, index, missing);
  return codes.map((code) => table.get(code) ?? null);
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
