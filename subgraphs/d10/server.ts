/** The d10 subgraph: its resolvers, store and per-request context. Builds, never listens (index.ts does). */
import { singletonReference } from "../shared/bodies/body-types.js";
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { defineSubgraph } from "../shared/define-subgraph.js";
import { createD10Loaders } from "./loaders.js";
import { AssociatedBodyResolver, associatedBodyReference } from "./resolvers/AssociatedBodyResolver.js";
import { CountryResolver } from "./resolvers/CountryResolver.js";
import { D10MeetingResolver } from "./resolvers/D10MeetingResolver.js";
import { D10ParticipantResolver } from "./resolvers/D10ParticipantResolver.js";
import { D10_BODY, D10Resolver } from "./resolvers/D10Resolver.js";
import { openD10Store } from "./store.js";
import { Country } from "./types/country.js";

export const d10Subgraph = defineSubgraph({
  name: "d10",
  resolvers: [createCountryQueries(Country), CountryResolver, D10Resolver, AssociatedBodyResolver, D10ParticipantResolver, D10MeetingResolver],
  orphanedTypes: [Country],
  referenceResolvers: { D10: singletonReference(D10_BODY), AssociatedBody: associatedBodyReference },
  openStore: openD10Store,
  createServices: (store) => ({ store }),
  createContext: ({ store }) => ({ loaders: createD10Loaders(store) }),
});
