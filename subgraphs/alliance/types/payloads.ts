/** What the Alliance's mutations return: the record written, or the user errors that refused the input. */
import { createPayloadType } from "../../shared/mutations/payload.js";
import { AssemblyMember, AssemblySession, Recommendation, RecommendationResponse } from "./assembly.js";
import { Activity } from "./bodies.js";
import { Endorsement } from "./campaigns.js";
import { CaucusChange } from "./caucus.js";
import { MembershipDecision } from "./MembershipDecision.js";
import { Participant, Proposal } from "./participation.js";
import { EvidenceRecord, SanctionProposal } from "./sanctions.js";

export const MembershipDecisionPayload = createPayloadType(
  "MembershipDecisionPayload",
  "decision",
  MembershipDecision,
  "The membership decision recorded, or why it was refused.",
);
export const CaucusChangePayload = createPayloadType("CaucusChangePayload", "caucusChange", CaucusChange, "The caucus change recorded, or why it was refused.");
export const ParticipantPayload = createPayloadType("ParticipantPayload", "participant", Participant, "The participant registered, or why it was refused.");
export const ProposalPayload = createPayloadType("ProposalPayload", "proposal", Proposal, "The proposal as it stands after the change, or why it was refused.");
export const EvidenceRecordPayload = createPayloadType("EvidenceRecordPayload", "evidence", EvidenceRecord, "The evidence recorded, or why it was refused.");
export const SanctionProposalPayload = createPayloadType(
  "SanctionProposalPayload",
  "sanctionProposal",
  SanctionProposal,
  "The sanction proposal as it stands after the change, or why it was refused.",
);
export const AssemblySessionPayload = createPayloadType(
  "AssemblySessionPayload",
  "session",
  AssemblySession,
  "The assembly session opened, or why it was refused.",
);
export const AssemblyMemberPayload = createPayloadType("AssemblyMemberPayload", "member", AssemblyMember, "The assembly member seated, or why it was refused.");
export const RecommendationPayload = createPayloadType(
  "RecommendationPayload",
  "recommendation",
  Recommendation,
  "The recommendation recorded, or why it was refused.",
);
export const RecommendationResponsePayload = createPayloadType(
  "RecommendationResponsePayload",
  "response",
  RecommendationResponse,
  "The response recorded, or why it was refused.",
);
export const EndorsementPayload = createPayloadType("EndorsementPayload", "endorsement", Endorsement, "The endorsement recorded, or why it was refused.");
export const ActivityPayload = createPayloadType("ActivityPayload", "activity", () => Activity, "The activity recorded, or why it was refused.");
