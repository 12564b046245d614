/** Per-request DataLoaders of the alliance subgraph; each batch makes one store call and answers in key order. */
import type { Db } from "../shared/store.js";
import DataLoader from "dataloader";
import type { IncomingMessage } from "node:http";
import type { AllianceSettings } from "./settings.js";
import { groupBy } from "../shared/collections.js";
import { composeCountries, findCountry, type CountryRecord } from "../platform/countries/reference.js";
import { singleValueLoader } from "../shared/loaders.js";
import { readActor, type Actor, type AuthMode } from "../shared/auth.js";
import type { GraphQLError } from "graphql";
import { allianceCommands, type AllianceCommands } from "./commands/index.js";
import type { EligibilityPolicy } from "./rules/eligibility.js";
import type { Records, StandingRow } from "./records.js";
import type { AllianceStore } from "./store.js";
import type { AodMembership } from "./types/AodMembership.js";
import type { Country } from "./types/Country.js";
import { AodMembershipStatus } from "./types/enums.js";

export type AllianceLoaders = ReturnType<typeof createAllianceLoaders>;
export type AllianceContext = {
  loaders: AllianceLoaders;
  actor: Actor | null;
  claimsError?: GraphQLError;
  authMode: AuthMode;
  defaultPolicy: EligibilityPolicy;
  commands: AllianceCommands;
  /** The store's reads that need no batching (the audit log's pages). */
  records: Records;
  dataSetStore: Db;
  dataSetsImporting: () => ReadonlySet<string>;
};

export function toMembership(code: string, row: StandingRow | undefined): AodMembership {
  return row
    ? { countryCode: code, status: AodMembershipStatus[row.status], since: row.decided_on }
    : { countryCode: code, status: AodMembershipStatus.NOT_A_MEMBER, since: null };
}

/** A loader of rows grouped by one column, each key answered with its group (empty when none). */
function grouped<Key extends string | number, Row>(fetch: (keys: readonly Key[]) => Row[], keyOf: (row: Row) => Key) {
  return new DataLoader<Key, Row[]>(async (keys) => {
    const groups = groupBy(fetch(keys), (row) => String(keyOf(row)));
    return keys.map((key) => groups.get(String(key)) ?? []);
  });
}

/** A loader of rows by id, null for an id with no row. */
function byId<Row extends { id: number }>(fetch: (ids: readonly number[]) => Row[]) {
  return new DataLoader<number, Row | null>(async (ids) => {
    const rows = new Map(fetch(ids).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

const toCountry = (record: CountryRecord, row: StandingRow | undefined): Country => ({ ...record, aodMembership: toMembership(record.code, row) });

export function createAllianceLoaders(records: Records) {
  const country = new DataLoader<string, Country | null>(async (codes) =>
    composeCountries(codes, (known) => new Map(records.latestStandingFor(known).map((row) => [row.country_code, row])), toCountry),
  );
  return {
    country,
    // The rows that list members by status also answer each member's Country: primed, so that
    // `members { country { … } }` reads the store once, not twice.
    membershipsByStatus: grouped<string, StandingRow>(
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
    decisionsByCountry: grouped(
      (codes: readonly string[]) => records.decisionsFor(codes),
      (row) => row.country_code,
    ),
    freedomByCountry: grouped(
      (codes: readonly string[]) => records.freedomRatingsFor(codes),
      (row) => row.country_code,
    ),
    regimeByCountry: grouped(
      (codes: readonly string[]) => records.regimeRatingsFor(codes),
      (row) => row.country_code,
    ),
    caucusChanges: singleValueLoader(() => records.caucusChanges()),
    allDecisions: singleValueLoader(() => records.allDecisions()),
    activities: singleValueLoader(() => records.activities()),
    participant: byId((ids) => records.participantsByIds(ids)),
    participantsByKind: grouped(
      (kinds: readonly string[]) => records.participantsOfKinds(kinds),
      (row) => row.kind,
    ),
    proposals: singleValueLoader(() => records.proposals()),
    proposal: byId((ids) => records.proposalsByIds(ids)),
    sponsorsByProposal: grouped(
      (ids: readonly number[]) => records.sponsorsOf(ids),
      (row) => row.proposal_id,
    ),
    votesByProposal: grouped(
      (ids: readonly number[]) => records.proposalVotesOf(ids),
      (row) => row.proposal_id,
    ),
    sessions: singleValueLoader(() => records.sessions()),
    session: byId((ids) => records.sessionsByIds(ids)),
    membersBySession: grouped(
      (ids: readonly number[]) => records.assemblyMembersOf(ids),
      (row) => row.session_id,
    ),
    recommendationsBySession: grouped(
      (ids: readonly number[]) => records.recommendationsOf(ids),
      (row) => row.session_id,
    ),
    responsesByRecommendation: grouped(
      (ids: readonly number[]) => records.responsesOf(ids),
      (row) => row.recommendation_id,
    ),
    evidence: byId((ids) => records.evidenceByIds(ids)),
    sanctionProposals: singleValueLoader(() => records.sanctionProposals()),
    sanctionProposal: byId((ids) => records.sanctionProposalsByIds(ids)),
    sanctionVotesByProposal: grouped(
      (ids: readonly number[]) => records.sanctionVotesOf(ids),
      (row) => row.proposal_id,
    ),
    endorsementsByCampaign: grouped(
      (campaigns: readonly string[]) => records.endorsementsOf(campaigns),
      (row) => row.campaign,
    ),
  };
}

export function createAllianceContext(store: AllianceStore, req: IncomingMessage, settings: AllianceSettings): AllianceContext {
  const loaders = createAllianceLoaders(store.records);
  return {
    loaders,
    ...readActor(req.headers["x-hub-claims"], settings.authMode),
    authMode: settings.authMode,
    defaultPolicy: settings.defaultPolicy,
    commands: allianceCommands(store, settings.defaultPolicy),
    records: store.records,
    dataSetStore: store.db,
    dataSetsImporting: () => store.importingDataSets(),
  };
}
