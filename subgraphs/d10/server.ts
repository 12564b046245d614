/** Builds the d10 subgraph service; never listens (index.ts does). */
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { buildFederatedSchema } from "../shared/federation.js";
import { createSubgraphService, type SubgraphService } from "../shared/subgraph-service.js";
import { createD10Loaders, type D10Context } from "./loaders.js";
import { countryReferenceResolvers } from "../shared/countries/country-reference.js";
import { CountryResolver } from "./resolvers/CountryResolver.js";
import { D10MeetingResolver } from "./resolvers/D10MeetingResolver.js";
import { D10ParticipantResolver } from "./resolvers/D10ParticipantResolver.js";
import { D10Resolver } from "./resolvers/D10Resolver.js";
import type { D10Store } from "./store.js";
import { Country } from "./types/Country.js";

export function buildD10Schema() {
  return buildFederatedSchema({
    resolvers: [createCountryQueries(Country), CountryResolver, D10Resolver, D10ParticipantResolver, D10MeetingResolver],
    orphanedTypes: [Country],
    referenceResolvers: countryReferenceResolvers,
  });
}

export async function createD10Service(store: D10Store, options: { maxBodyBytes?: number } = {}): Promise<SubgraphService> {
  return createSubgraphService<D10Context>({
    service: "d10",
    schema: await buildD10Schema(),
    createContext: () => ({ loaders: createD10Loaders(store) }),
    maxBodyBytes: options.maxBodyBytes,
    onStop: () => store.close(),
  });
}
