/** Builds the community-of-democracies subgraph service; never listens (index.ts does). */
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { countryReferenceResolvers } from "../shared/countries/country-reference.js";
import { buildFederatedSchema } from "../shared/federation.js";
import { createSubgraphService, type SubgraphService } from "../shared/subgraph-service.js";
import { createCodLoaders, type CodContext } from "./loaders.js";
import { CommunityOfDemocraciesResolver } from "./resolvers/CommunityOfDemocraciesResolver.js";
import { FoundingResolver, GoverningCouncilSeatResolver, SecretariatResolver } from "./resolvers/CountryLinkResolvers.js";
import type { CodStore } from "./store.js";
import { Country } from "./types/Country.js";

export function buildCodSchema() {
  return buildFederatedSchema({
    resolvers: [createCountryQueries(Country), CommunityOfDemocraciesResolver, GoverningCouncilSeatResolver, SecretariatResolver, FoundingResolver],
    orphanedTypes: [Country],
    referenceResolvers: countryReferenceResolvers,
  });
}

export async function createCodService(store: CodStore, options: { maxBodyBytes?: number } = {}): Promise<SubgraphService> {
  return createSubgraphService<CodContext>({
    service: "community-of-democracies",
    schema: await buildCodSchema(),
    createContext: () => ({ loaders: createCodLoaders(store) }),
    maxBodyBytes: options.maxBodyBytes,
    onStop: () => store.close(),
  });
}
