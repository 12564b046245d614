/** The un-votes subgraph: its resolvers, store and per-request context. Builds, never listens (index.ts does). */
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { defineSubgraph } from "../shared/define-subgraph.js";
import { createUnVotesContext } from "./loaders.js";
import { AllianceVotingResolver, CaucusVotingResolver, CommunityOfDemocraciesVotingResolver, D10VotingResolver } from "./resolvers/BodyVotingResolvers.js";
import { AgreementResolver, CountryVotingResolver } from "./resolvers/CountryVotingResolver.js";
import { CoincidenceResolver, DyadResolver, MemberDefectionsResolver } from "./resolvers/GroupLinkResolvers.js";
import { GroupVotingResolver } from "./resolvers/GroupVotingResolver.js";
import { RollCallResolver } from "./resolvers/RollCallResolver.js";
import { UnitedNationsResolver } from "./resolvers/UnitedNationsResolver.js";
import { VoteResolver } from "./resolvers/VoteResolver.js";
import { WhipMemberResolver, WhipSheetResolver } from "./resolvers/WhipSheetResolver.js";
import { importOnFirstStart } from "./startup-import.js";
import { openUnVotesStore, type UnVotesStore } from "./store.js";
import { AllianceBody } from "./types/bodies/Alliance.js";
import { CommunityOfDemocraciesBody } from "./types/bodies/CommunityOfDemocracies.js";
import { D10Body } from "./types/bodies/D10.js";
import { UnDemocracyCaucusBody } from "./types/bodies/UnDemocracyCaucus.js";
import { Country } from "./types/Country.js";

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
    D10VotingResolver,
    CommunityOfDemocraciesVotingResolver,
    AllianceVotingResolver,
    CaucusVotingResolver,
  ],
  orphanedTypes: [Country, D10Body, CommunityOfDemocraciesBody, AllianceBody, UnDemocracyCaucusBody],
  referenceResolvers: { D10: passThrough, CommunityOfDemocracies: passThrough, Alliance: passThrough, UnDemocracyCaucus: passThrough },
  openStore: openUnVotesStore,
  createContext: (store: UnVotesStore, req) => createUnVotesContext(store, req),
  onListening: (store: UnVotesStore) => importOnFirstStart(store),
});
