/** Store rows to the graph's objects. */
import { RATING_SERIES } from "../types/RatingSeries.js";
import type { Assessment, EligibilityPolicy, EvidenceItem } from "../rules/eligibility.js";
import type { AuditRow, DecisionRow, FreedomRatingRow, ParticipantRow, ProposalRow, RegimeRatingRow } from "../records.js";
import { AodMembershipStatus, Constituency, FreedomStatus, ParticipantKind, RatingSource, REGIME_BY_SCORE } from "../types/enums.js";
import type { AuditEntry } from "../types/AuditEntry.js";
import { Role } from "../types/enums.js";
import type { Actor } from "../../shared/auth.js";
import type { MembershipDecision } from "../types/MembershipDecision.js";
import type { Participant, Proposal } from "../types/participation.js";
import type { Eligibility, EligibilityEvidence, FreedomRating, RegimeRating } from "../types/ratings.js";

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
  return { ...row, id: String(row.id), role: row.role as Role, details: JSON.parse(row.details) as Record<string, unknown> };
}
