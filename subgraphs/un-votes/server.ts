/** The un-votes subgraph: its resolvers, store, services and per-request context. Builds, never listens (index.ts does). */
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { authChecker } from "../shared/auth.js";
import { defineSubgraph } from "../shared/define-subgraph.js";
import { AlertResolver } from "./resolvers/AlertResolver.js";
import { unVotesOnStart } from "./startup.js";
import { createUnVotesContext } from "./loaders.js";
import { BODY_VOTING_RESOLVERS } from "./resolvers/BodyVotingResolvers.js";
import { AgreementResolver, CountryVotingResolver } from "./resolvers/CountryVotingResolver.js";
import { CoincidenceResolver, DyadResolver, MemberDefectionsResolver } from "./resolvers/GroupLinkResolvers.js";
import { GroupVotingResolver } from "./resolvers/GroupVotingResolver.js";
import { RollCallResolver } from "./resolvers/RollCallResolver.js";
import { UnitedNationsResolver } from "./resolvers/UnitedNationsResolver.js";
import { VoteResolver } from "./resolvers/VoteResolver.js";
import { WhipMemberResolver, WhipSheetResolver } from "./resolvers/WhipSheetResolver.js";
import { createUnVotesServices } from "./services.js";
import { openUnVotesStore } from "./store.js";
import { BODY_STUBS } from "./types/bodies.js";
import { Country } from "./types/country.js";
import { VotingRecord, votingRecordTypes } from "./types/united-nations.js";

/** Bodies arrive as representations carrying the member codes they @require; nothing to look up. */
const passThrough = { __resolveReference: (reference: object) => reference };

export const unVotesSubgraph = defineSubgraph({
  name: "un-votes",
  resolvers: [
    createCountryQueries(Country),
    UnitedNationsResolver,
    RollCallResolver,
    VoteResolver,
    CountryVotingResolver,
    AgreementResolver,
    GroupVotingResolver,
    MemberDefectionsResolver,
    DyadResolver,
    CoincidenceResolver,
    WhipSheetResolver,
    WhipMemberResolver,
    ...BODY_VOTING_RESOLVERS,
    votingRecordTypes.resolver,
    AlertResolver,
  ],
  orphanedTypes: [Country, VotingRecord, ...Object.values(BODY_STUBS)],
  referenceResolvers: { ...Object.fromEntries(Object.keys(BODY_STUBS).map((name) => [name, passThrough])), VotingRecord: votingRecordTypes.reference },
  openStore: openUnVotesStore,
  createServices: createUnVotesServices,
  createContext: createUnVotesContext,
  authChecker,
  onListening: unVotesOnStart,
});
