/** Store rows to the graph's objects. */
import { REGIME_NAMES, type Assessment, type EligibilityPolicy } from "./eligibility.js";
import type { DecisionRow, FreedomRatingRow, ParticipantRow, ProposalRow, RegimeRatingRow } from "./records.js";
import { AodMembershipStatus, Constituency, FreedomStatus, ParticipantKind } from "./types/enums.js";
import type { MembershipDecision } from "./types/MembershipDecision.js";
import type { Participant, Proposal } from "./types/participation.js";
import type { FreedomRating, RegimeRating } from "./types/ratings.js";

export const toFreedomRating = (row: FreedomRatingRow): FreedomRating => ({
  year: row.year,
  status: FreedomStatus[row.status],
  politicalRights: row.political_rights,
  civilLiberties: row.civil_liberties,
});

export const toRegimeRating = (row: RegimeRatingRow): RegimeRating => ({ year: row.year, regime: row.regime, regimeType: REGIME_NAMES[row.regime] });

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
    evidence: assessment?.evidence ?? [],
    overrideReason: row.override_reason,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
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
  return { id: String(row.id), title: row.title, text: row.text, submitter: row.submitter, constituency: row.constituency as Constituency, submittedAt: row.submitted_at };
}
