/** The overlaps subgraph: duplicate structures and overlapping activities across every body. Builds, never listens (index.ts does). */
import { authChecker } from "../shared/auth.js";
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { defineSubgraph } from "../shared/define-subgraph.js";
import { createOverlapsContext, engineFor } from "./loaders.js";
import { ActivityOverlapResolver } from "./resolvers/ActivityOverlapResolver.js";
import { OverlapsResolver } from "./resolvers/OverlapsResolver.js";
import { CountryMembershipResolver } from "./resolvers/CountryMembershipResolver.js";
import { RegistryOrganizationResolver, registryOrganizationReference } from "./resolvers/RegistryOrganizationResolver.js";
import { ExternalBodyResolver, externalBodyReference } from "./resolvers/ExternalBodyResolver.js";
import { readOverlapsSettings, type OverlapsSettings } from "./settings.js";
import { overlapsOnStart } from "./startup.js";
import { openOverlapsStore, type OverlapsStore } from "./store.js";
import { ExternalBody, HUB_BODY_REFS, RegistryOrganization } from "./types/bodies.js";
import { Country } from "./types/Country.js";
import { IgoRegistry, igoRegistryTypes } from "./types/IgoRegistry.js";

let cachedSettings: OverlapsSettings | undefined;
function settings(): OverlapsSettings {
  return (cachedSettings ??= readOverlapsSettings());
}

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
  readSettings: settings,
  openStore: openOverlapsStore,
  createContext: (store: OverlapsStore, req) => createOverlapsContext(store, settings(), req),
  onListening: (store: OverlapsStore) => overlapsOnStart(store, engineFor(store, settings()), settings()),
});
