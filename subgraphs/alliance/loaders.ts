/** Per-request DataLoaders of the alliance subgraph; each batch makes one store call and answers in key order. */
import type { Db } from "../shared/store.js";
import DataLoader from "dataloader";
import type { IncomingMessage } from "node:http";
import type { AllianceServices } from "./services.js";
import { composeCountries, findCountry } from "../platform/countries/reference.js";
import { byIdLoader, groupedLoader, singleValueLoader } from "../shared/loaders.js";
import { readActor, type Actor, type AuthMode } from "../shared/auth.js";
import type { GraphQLError } from "graphql";
import { allianceCommands, type AllianceCommands } from "./commands/index.js";
import type { EligibilityPolicy } from "./rules/eligibility.js";
import type { AuditLog } from "../shared/audit-log.js";
import type { Records, StandingRow } from "./records.js";
import type { Country } from "./types/country.js";
import { toCountry } from "./resolvers/mappers.js";

export type AllianceLoaders = ReturnType<typeof createAllianceLoaders>;
export type AllianceContext = {
  loaders: AllianceLoaders;
  actor: Actor | null;
  claimsError?: GraphQLError;
  authMode: AuthMode;
  defaultPolicy: EligibilityPolicy;
  commands: AllianceCommands;
  /** Who changed what, read in pages. */
  auditLog: AuditLog;
  dataSetStore: Db;
  dataSetsImporting: () => ReadonlySet<string>;
};

export function createAllianceLoaders(records: Records) {
  const country = new DataLoader<string, Country | null>(async (codes) =>
    composeCountries(codes, (known) => new Map(records.latestStandingFor(known).map((row) => [row.country_code, row])), toCountry),
  );
  return {
    country,
    // The rows that list members by status also answer each member's Country: primed, so that
    // `members { country { … } }` reads the store once, not twice.
    membershipsByStatus: groupedLoader<string, StandingRow>(
      (statuses) => {
        const rows = records.latestStandingWithStatus(statuses);
        for (const row of rows) {
          const record = findCountry(row.country_code);
          if (record) country.prime(row.country_code, toCountry(record, row));
        }
        return rows;
      },
      (row) => row.status,
    ),
    decisionsByCountry: groupedLoader(
      (codes: readonly string[]) => records.decisionsFor(codes),
      (row) => row.country_code,
    ),
    freedomByCountry: groupedLoader(
      (codes: readonly string[]) => records.freedomRatingsFor(codes),
      (row) => row.country_code,
    ),
    regimeByCountry: groupedLoader(
      (codes: readonly string[]) => records.regimeRatingsFor(codes),
      (row) => row.country_code,
    ),
    caucusChanges: singleValueLoader(() => records.caucusChanges()),
    allDecisions: singleValueLoader(() => records.allDecisions()),
    activities: singleValueLoader(() => records.activities()),
    participant: byIdLoader((ids) => records.participantsByIds(ids)),
    participantsByKind: groupedLoader(
      (kinds: readonly string[]) => records.participantsOfKinds(kinds),
      (row) => row.kind,
    ),
    proposals: singleValueLoader(() => records.proposals()),
    proposal: byIdLoader((ids) => records.proposalsByIds(ids)),
    sponsorsByProposal: groupedLoader(
      (ids: readonly number[]) => records.sponsorsOf(ids),
      (row) => row.proposal_id,
    ),
    votesByProposal: groupedLoader(
      (ids: readonly number[]) => records.proposalVotesOf(ids),
      (row) => row.proposal_id,
    ),
    sessions: singleValueLoader(() => records.sessions()),
    session: byIdLoader((ids) => records.sessionsByIds(ids)),
    membersBySession: groupedLoader(
      (ids: readonly number[]) => records.assemblyMembersOf(ids),
      (row) => row.session_id,
    ),
    recommendationsBySession: groupedLoader(
      (ids: readonly number[]) => records.recommendationsOf(ids),
      (row) => row.session_id,
    ),
    responsesByRecommendation: groupedLoader(
      (ids: readonly number[]) => records.responsesOf(ids),
      (row) => row.recommendation_id,
    ),
    evidence: byIdLoader((ids) => records.evidenceByIds(ids)),
    sanctionProposals: singleValueLoader(() => records.sanctionProposals()),
    sanctionProposal: byIdLoader((ids) => records.sanctionProposalsByIds(ids)),
    sanctionVotesByProposal: groupedLoader(
      (ids: readonly number[]) => records.sanctionVotesOf(ids),
      (row) => row.proposal_id,
    ),
    endorsementsByCampaign: groupedLoader(
      (campaigns: readonly string[]) => records.endorsementsOf(campaigns),
      (row) => row.campaign,
    ),
  };
}

export function createAllianceContext({ store, settings }: AllianceServices, req: IncomingMessage): AllianceContext {
  const loaders = createAllianceLoaders(store.records);
  return {
    loaders,
    ...readActor(req.headers["x-hub-claims"], settings.authMode),
    authMode: settings.authMode,
    defaultPolicy: settings.defaultPolicy,
    commands: allianceCommands(store, settings.defaultPolicy),
    auditLog: store.auditLog,
    dataSetStore: store.db,
    dataSetsImporting: () => store.importingDataSets(),
  };
}
