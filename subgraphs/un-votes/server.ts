/** Builds the un-votes subgraph service; never listens (index.ts does). */
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { countryReferenceResolvers } from "../shared/countries/country-reference.js";
import { buildFederatedSchema } from "../shared/federation.js";
import { createSubgraphService, type SubgraphService } from "../shared/subgraph-service.js";
import { createUnVotesLoaders, type UnVotesContext } from "./loaders.js";
import { UnitedNationsResolver } from "./resolvers/UnitedNationsResolver.js";
import type { UnVotesStore } from "./store.js";
import { Country } from "./types/Country.js";

export function buildUnVotesSchema() {
  return buildFederatedSchema({
    resolvers: [createCountryQueries(Country), UnitedNationsResolver],
    orphanedTypes: [Country],
    referenceResolvers: countryReferenceResolvers,
  });
}

export async function createUnVotesService(store: UnVotesStore, options: { maxBodyBytes?: number } = {}): Promise<SubgraphService> {
  return createSubgraphService<UnVotesContext>({
    service: "un-votes",
    schema: await buildUnVotesSchema(),
    createContext: () => ({ loaders: createUnVotesLoaders(store) }),
    maxBodyBytes: options.maxBodyBytes,
    onStop: () => store.close(),
  });
}
