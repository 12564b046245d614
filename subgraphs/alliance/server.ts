/** The alliance subgraph: the AoD secretariat's system of record. Builds, never listens (index.ts does). */
import { singletonReference } from "../shared/bodies/body-types.js";
import { createCountryQueries } from "../shared/countries/country-queries.js";
import { defineSubgraph } from "../shared/define-subgraph.js";
import { authChecker } from "../shared/auth.js";
import { createAllianceContext } from "./loaders.js";
import { ActivityResolver } from "./resolvers/ActivityResolver.js";
import { ALLIANCE_BODY, AllianceResolver } from "./resolvers/AllianceResolver.js";
import { AodMembershipResolver } from "./resolvers/AodMembershipResolver.js";
import { AssemblyMemberResolver, AssemblyResolver, RecommendationResolver } from "./resolvers/AssemblyResolver.js";
import { CampaignResolver, EndorsementResolver } from "./resolvers/CampaignResolver.js";
import { CAUCUS_BODY, CaucusChangeResolver, CaucusResolver } from "./resolvers/CaucusResolver.js";
import { CountryAllianceResolver } from "./resolvers/CountryAllianceResolver.js";
import { MembershipResolver } from "./resolvers/MembershipResolver.js";
import { ParticipantResolver, ProposalResolver, ProposalSponsorResolver, ProposalVoteResolver } from "./resolvers/ParticipationResolver.js";
import { ConsistencyFindingResolver, EvidenceResolver, SanctionsResolver, SanctionVoteResolver } from "./resolvers/SanctionsResolver.js";
import { WatchResolver } from "./resolvers/WatchResolver.js";
import { createAllianceServices } from "./services.js";
import { allianceOnStart } from "./startup.js";
import { openAllianceStore } from "./store.js";
import { Country } from "./types/country.js";
import { RatingSeries, ratingSeriesTypes } from "./types/ratings.js";

export const allianceSubgraph = defineSubgraph({
  name: "alliance",
  resolvers: [
    createCountryQueries(Country),
    AllianceResolver,
    AodMembershipResolver,
    CountryAllianceResolver,
    MembershipResolver,
    CaucusResolver,
    CaucusChangeResolver,
    ParticipantResolver,
    ProposalResolver,
    ProposalSponsorResolver,
    ProposalVoteResolver,
    AssemblyResolver,
    RecommendationResolver,
    AssemblyMemberResolver,
    SanctionsResolver,
    ConsistencyFindingResolver,
    EvidenceResolver,
    SanctionVoteResolver,
    CampaignResolver,
    EndorsementResolver,
    WatchResolver,
    ActivityResolver,
    ratingSeriesTypes.resolver,
  ],
  orphanedTypes: [Country, RatingSeries],
  referenceResolvers: {
    Alliance: singletonReference(ALLIANCE_BODY),
    UnDemocracyCaucus: singletonReference(CAUCUS_BODY),
    RatingSeries: ratingSeriesTypes.reference,
  },
  authChecker,
  openStore: openAllianceStore,
  createServices: createAllianceServices,
  createContext: createAllianceContext,
  onListening: ({ store, settings }) => allianceOnStart(store, settings.authMode),
});
