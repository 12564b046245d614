/** Builds the alliance subgraph service; never listens (index.ts does). */
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { countryReferenceResolvers } from "../shared/countries/country-reference.js";
import { buildFederatedSchema } from "../shared/federation.js";
import { createSubgraphService, type SubgraphService } from "../shared/subgraph-service.js";
import { createAllianceLoaders, type AllianceContext } from "./loaders.js";
import { AllianceResolver } from "./resolvers/AllianceResolver.js";
import { AodMembershipResolver } from "./resolvers/AodMembershipResolver.js";
import type { AllianceStore } from "./store.js";
import { Country } from "./types/Country.js";

export function buildAllianceSchema() {
  return buildFederatedSchema({
    resolvers: [createCountryQueries(Country), AllianceResolver, AodMembershipResolver],
    orphanedTypes: [Country],
    referenceResolvers: countryReferenceResolvers,
  });
}

export async function createAllianceService(store: AllianceStore, options: { maxBodyBytes?: number } = {}): Promise<SubgraphService> {
  return createSubgraphService<AllianceContext>({
    service: "alliance",
    schema: await buildAllianceSchema(),
    createContext: () => ({ loaders: createAllianceLoaders(store) }),
    maxBodyBytes: options.maxBodyBytes,
    onStop: () => store.close(),
  });
}
