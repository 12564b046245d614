/** The community-of-democracies subgraph: its resolvers, store and per-request context. Builds, never listens (index.ts does). */
import { singletonReference } from "../shared/bodies/body-types.js";
import { DataSetQueries } from "../shared/datasets/dataset-resolvers.js";
import { DATA_SET_REFERENCE_TYPES } from "../shared/datasets/dataset-types.js";
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { defineSubgraph } from "../shared/define-subgraph.js";
import { createCodLoaders } from "./loaders.js";
import { COD_BODY, CommunityOfDemocraciesResolver } from "./resolvers/CommunityOfDemocraciesResolver.js";
import { FoundingResolver, GoverningCouncilSeatResolver, SecretariatResolver } from "./resolvers/CountryLinkResolvers.js";
import { openCodStore } from "./store.js";
import { Country } from "./types/country.js";

export const codSubgraph = defineSubgraph({
  name: "community-of-democracies",
  resolvers: [
    createCountryQueries(Country),
    DataSetQueries,
    CommunityOfDemocraciesResolver,
    GoverningCouncilSeatResolver,
    SecretariatResolver,
    FoundingResolver,
  ],
  orphanedTypes: [Country, ...DATA_SET_REFERENCE_TYPES],
  referenceResolvers: { CommunityOfDemocracies: singletonReference(COD_BODY) },
  openStore: openCodStore,
  createServices: (store) => ({ store }),
  createContext: ({ store }) => ({ loaders: createCodLoaders(store) }),
});
