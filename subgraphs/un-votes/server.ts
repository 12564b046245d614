/** The un-votes subgraph: its resolvers, store and per-request context. Builds, never listens (index.ts does). */
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { defineSubgraph } from "../shared/define-subgraph.js";
import { createUnVotesLoaders } from "./loaders.js";
import { UnitedNationsResolver } from "./resolvers/UnitedNationsResolver.js";
import { openUnVotesStore, type UnVotesStore } from "./store.js";
import { Country } from "./types/Country.js";

export const unVotesSubgraph = defineSubgraph({
  name: "un-votes",
  resolvers: [createCountryQueries(Country), UnitedNationsResolver],
  orphanedTypes: [Country],
  openStore: openUnVotesStore,
  createContext: (store: UnVotesStore) => ({ loaders: createUnVotesLoaders(store) }),
});
