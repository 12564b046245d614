/** The overlaps subgraph: duplicate structures and overlapping activities across every body. Builds, never listens (index.ts does). */
import { authChecker } from "../shared/auth.js";
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { defineSubgraph } from "../shared/define-subgraph.js";
import { createOverlapsContext } from "./loaders.js";
import { ActivityOverlapResolver } from "./resolvers/ActivityOverlapResolver.js";
import { OverlapsResolver } from "./resolvers/OverlapsResolver.js";
import { CountryMembershipResolver } from "./resolvers/CountryMembershipResolver.js";
import { RegistryOrganizationResolver, registryOrganizationReference } from "./resolvers/RegistryOrganizationResolver.js";
import { ExternalBodyResolver, externalBodyReference } from "./resolvers/ExternalBodyResolver.js";
import { createOverlapsServices } from "./services.js";
import { overlapsOnStart } from "./startup.js";
import { openOverlapsStore } from "./store.js";
import { ExternalBody, HUB_BODY_REFS, RegistryOrganization } from "./types/bodies.js";
import { Country } from "./types/country.js";
import { IgoRegistry, igoRegistryTypes } from "./types/igo-registry.js";

export const overlapsSubgraph = defineSubgraph({
  name: "overlaps",
  resolvers: [
    createCountryQueries(Country),
    OverlapsResolver,
    CountryMembershipResolver,
    ActivityOverlapResolver,
    RegistryOrganizationResolver,
    ExternalBodyResolver,
    igoRegistryTypes.resolver,
  ],
  orphanedTypes: [Country, RegistryOrganization, ExternalBody, IgoRegistry, ...HUB_BODY_REFS],
  referenceResolvers: {
    RegistryOrganization: registryOrganizationReference,
    ExternalBody: externalBodyReference,
    IgoRegistry: igoRegistryTypes.reference,
  },
  authChecker,
  openStore: openOverlapsStore,
  createServices: createOverlapsServices,
  createContext: createOverlapsContext,
  onListening: (services) => overlapsOnStart(services),
});
