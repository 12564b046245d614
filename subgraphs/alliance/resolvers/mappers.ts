/** Store rows to the graph's objects: the Alliance's one place for them (resolvers and loaders call these). */
import type { CountryRecord } from "../../platform/countries/reference.js";
import type { AuditRow } from "../../shared/audit-log.js";
import type { Actor } from "../../shared/auth.js";
import type {
  AssemblyMemberRow,
  CaucusChangeRow,
  DecisionRow,
  EndorsementRow,
  EvidenceRow,
  FreedomRatingRow,
  ParticipantRow,
  ProposalRow,
  RecommendationRow,
  RegimeRatingRow,
  ResponseRow,
  SanctionRow,
  SessionRow,
  StandingRow,
} from "../records.js";
import type { Assessment, EligibilityPolicy, EvidenceItem } from "../rules/eligibility.js";
import type { AodMembership, MembershipDecision } from "../types/membership.js";
import type { AssemblyMember, AssemblySession, Recommendation, RecommendationResponse } from "../types/assembly.js";
import type { AuditEntry } from "../types/audit.js";
import type { Endorsement } from "../types/campaigns.js";
import type { CaucusChange } from "../types/caucus.js";
import type { Country } from "../types/country.js";
import {
  AodMembershipStatus,
  Campaign,
  CaucusChangeKind,
  Constituency,
  EndorserKind,
  FreedomStatus,
  ParticipantKind,
  RatingSource,
  RecommendationDimension,
  REGIME_BY_SCORE,
  ResponseStatus,
  Role,
  SanctionGrounds,
} from "../types/enums.js";
import type { Participant, Proposal } from "../types/participation.js";
import { RATING_SERIES } from "../types/ratings.js";
import type { Eligibility, EligibilityEvidence, FreedomRating, RegimeRating } from "../types/ratings.js";
import type { EvidenceRecord, SanctionProposal } from "../types/sanctions.js";

export const toFreedomRating = (row: FreedomRatingRow): FreedomRating => ({
  year: row.year,
  status: FreedomStatus[row.status],
  politicalRights: row.political_rights,
  civilLiberties: row.civil_liberties,
});

export const toRegimeRating = (row: RegimeRatingRow): RegimeRating => ({ year: row.year, regime: REGIME_BY_SCORE[row.regime], score: row.regime });

// Assessments are stored as JSON with their decisions, in the words of eligibility.ts; the graph speaks enums.
const FREEDOM_STATUS_BY_NAME: Record<string, FreedomStatus> = {
  Free: FreedomStatus.FREE,
  "Partly Free": FreedomStatus.PARTLY_FREE,
  "Not Free": FreedomStatus.NOT_FREE,
};

export function toEvidence(item: EvidenceItem): EligibilityEvidence {
  const freedomHouse = item.source === "Freedom House";
  return {
    source: freedomHouse ? RatingSource.FREEDOM_HOUSE : RatingSource.VDEM,
    year: item.year,
    freedomStatus: freedomHouse ? (FREEDOM_STATUS_BY_NAME[item.rating] ?? null) : null,
    politicalRights: item.politicalRights,
    civilLiberties: item.civilLiberties,
    regime: item.regime === null ? null : (REGIME_BY_SCORE[item.regime] ?? null),
    meetsPolicy: item.meetsPolicy,
  };
}

const POLICY_SOURCES: Record<EligibilityPolicy, RatingSource[]> = {
  FREEDOM_HOUSE_FREE_OR_PARTLY_FREE: [RatingSource.FREEDOM_HOUSE],
  VDEM_ELECTORAL_DEMOCRACY_OR_BETTER: [RatingSource.VDEM],
  FREEDOM_HOUSE_AND_VDEM_AGREE: [RatingSource.FREEDOM_HOUSE, RatingSource.VDEM],
};

export function toEligibility(assessment: Assessment): Eligibility {
  const evidence = assessment.evidence.map(toEvidence);
  return {
    eligible: assessment.eligible,
    policy: assessment.policy,
    year: assessment.year,
    sources: POLICY_SOURCES[assessment.policy],
    freedomStatus: evidence.find((e) => e.freedomStatus)?.freedomStatus ?? null,
    regime: evidence.find((e) => e.regime)?.regime ?? null,
    evidence,
    computedFrom: POLICY_SOURCES[assessment.policy].map((source) => (source === RatingSource.FREEDOM_HOUSE ? RATING_SERIES.freedomhouse : RATING_SERIES.vdem)),
  };
}

export function toDecision(row: DecisionRow): MembershipDecision {
  const assessment = row.evidence ? (JSON.parse(row.evidence) as Assessment) : null;
  return {
    id: String(row.id),
    countryCode: row.country_code,
    status: AodMembershipStatus[row.status],
    decidedOn: row.decided_on,
    grounds: row.grounds,
    policy: (row.policy as EligibilityPolicy | null) ?? null,
    eligibleAtTheTime: assessment?.eligible ?? null,
    evidence: (assessment?.evidence ?? []).map(toEvidence),
    overrideReason: row.override_reason,
    recordedBy: row.recorded_by,
    recorderLabel: row.recorder_label,
    recordedAt: row.recorded_at,
  };
}

/**
 * Who recorded something, as the viewer may see it: the secretariat sees the token's subject (the
 * audit log's actor); everyone else the recorder's role ("secretariat", "delegate of CAN").
 */
export function visibleRecorder(recorded: { recordedBy: string; recorderLabel: string | null }, viewer: Actor | null): string {
  if (viewer?.roles.includes(Role.SECRETARIAT)) return recorded.recordedBy;
  return recorded.recorderLabel ?? "a recorder whose role was not logged";
}

export function toParticipant(row: ParticipantRow): Participant {
  return {
    id: String(row.id),
    kind: ParticipantKind[row.kind],
    name: row.name,
    countryCode: row.country_code,
    constituency: row.kind === "PARLIAMENTARIAN" ? Constituency.PARLIAMENTARY_NETWORK : Constituency.CIVIL_SOCIETY_NETWORK,
    chamber: row.chamber,
    party: row.party,
    inGovernment: row.in_government === null ? null : row.in_government === 1,
    description: row.description,
    registeredOn: row.registered_on,
  };
}

export function toProposal(row: ProposalRow): Proposal {
  return {
    id: String(row.id),
    title: row.title,
    text: row.text,
    submitterKey: row.submitter,
    constituency: row.constituency as Constituency,
    submittedAt: row.submitted_at,
  };
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  // The Alliance's table requires a role (see AUDIT_SQL), so `role` is never null here.
  return {
    id: String(row.id),
    at: row.at,
    actor: row.actor,
    role: row.role as Role,
    action: row.action,
    subject: row.subject,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

export const toCaucusChange = (row: CaucusChangeRow): CaucusChange => ({
  id: String(row.id),
  countryCode: row.country_code,
  change: CaucusChangeKind[row.change],
  decidedOn: row.decided_on,
  grounds: row.grounds,
  recordedBy: row.recorded_by,
  recorderLabel: row.recorder_label,
});

export const toEvidenceRecord = (row: EvidenceRow): EvidenceRecord => ({
  id: String(row.id),
  countryCode: row.country_code,
  grounds: SanctionGrounds[row.grounds],
  description: row.description,
  sourceTitle: row.source_title,
  sourceUrl: row.source_url,
  observedOn: row.observed_on,
});

export const toSanction = (row: SanctionRow): SanctionProposal => ({
  id: String(row.id),
  targetCode: row.target_code,
  grounds: SanctionGrounds[row.grounds],
  measures: row.measures,
  evidenceIds: JSON.parse(row.evidence_ids) as number[],
  proposedBy: row.proposed_by,
  proposedAt: row.proposed_at,
});

export const toEndorsement = (row: EndorsementRow): Endorsement => ({
  id: String(row.id),
  campaign: row.campaign as Campaign,
  endorserKind: row.endorser_kind as EndorserKind,
  endorserName: row.endorser_name,
  countryCode: row.country_code,
  endorsedOn: row.endorsed_on,
  sourceTitle: row.source_title,
  sourceUrl: row.source_url,
});

export const toAssemblySession = (row: SessionRow): AssemblySession => ({
  id: String(row.id),
  title: row.title,
  openedOn: row.opened_on,
  location: row.location,
});

export const toAssemblyMember = (row: AssemblyMemberRow): AssemblyMember => ({ id: String(row.id), name: row.name, residenceCode: row.residence_code });

export const toRecommendation = (row: RecommendationRow): Recommendation => ({
  id: String(row.id),
  sessionId: row.session_id,
  title: row.title,
  text: row.text,
  dimension: RecommendationDimension[row.dimension],
  adoptedOn: row.adopted_on,
});

export const toRecommendationResponse = (row: ResponseRow): RecommendationResponse => ({
  id: String(row.id),
  status: row.status as ResponseStatus,
  text: row.text,
  respondedBy: row.responded_by,
  respondedOn: row.responded_on,
});

export function toMembership(code: string, row: StandingRow | undefined): AodMembership {
  return row
    ? { countryCode: code, status: AodMembershipStatus[row.status], since: row.decided_on }
    : { countryCode: code, status: AodMembershipStatus.NOT_A_MEMBER, since: null };
}

export const toCountry = (record: CountryRecord, row: StandingRow | undefined): Country => ({ ...record, aodMembership: toMembership(record.code, row) });
