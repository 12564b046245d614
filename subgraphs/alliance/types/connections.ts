/** The Alliance's lists that grow without bound, as Relay connections. */
import { createConnectionType } from "../../shared/connection.js";
import { AssemblySession } from "./assembly.js";
import { AuditEntry } from "./AuditEntry.js";
import { Endorsement } from "./campaigns.js";
import { Participant, Proposal } from "./participation.js";
import { BackslidingFlag } from "./ratings.js";
import { SanctionProposal } from "./sanctions.js";

export const AssemblySessionConnection = createConnectionType("AssemblySession", AssemblySession, "Sessions of the citizens' assembly, oldest first.");
export const ParticipantConnection = createConnectionType("Participant", Participant, "Network participants, oldest first.");
export const ProposalConnection = createConnectionType("Proposal", Proposal, "Proposals, oldest first.");
export const SanctionProposalConnection = createConnectionType("SanctionProposal", SanctionProposal, "Sanction proposals, oldest first.");
export const EndorsementConnection = createConnectionType("Endorsement", Endorsement, "Endorsements, oldest first.");
export const BackslidingFlagConnection = createConnectionType("BackslidingFlag", BackslidingFlag, "Backsliding flags, most worsened first.");
export const AuditEntryConnection = createConnectionType("AuditEntry", AuditEntry, "Audit entries, oldest first.");
