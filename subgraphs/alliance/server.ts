/** The alliance subgraph: its resolvers, store and per-request context. Builds, never listens (index.ts does). */
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { defineSubgraph } from "../shared/define-subgraph.js";
import { createAllianceLoaders } from "./loaders.js";
import { ALLIANCE_BODY, AllianceResolver } from "./resolvers/AllianceResolver.js";
import { AodMembershipResolver } from "./resolvers/AodMembershipResolver.js";
import { openAllianceStore, type AllianceStore } from "./store.js";
import { Country } from "./types/Country.js";

export const allianceSubgraph = defineSubgraph({
  name: "alliance",
  resolvers: [createCountryQueries(Country), AllianceResolver, AodMembershipResolver],
  orphanedTypes: [Country],
  referenceResolvers: { Alliance: { __resolveReference: (reference: { id?: unknown }) => (reference.id === ALLIANCE_BODY.id ? ALLIANCE_BODY : null) } },
  openStore: openAllianceStore,
  createContext: (store: AllianceStore) => ({ loaders: createAllianceLoaders(store) }),
});
