/**
 * Every change to the Alliance's record, grouped by capability. Each command checks its input and
 * the actor's standing, then writes the change and its audit entry in one transaction (recorder.ts):
 * either both are stored or neither. Refusals are GraphQLErrors saying what was expected and what
 * was found.
 */
import type { EligibilityPolicy } from "../rules/eligibility.js";
import type { AllianceStore } from "../store.js";
import { ActivityCommands } from "./activities.js";
import { AssemblyCommands } from "./assembly.js";
import { CaucusCommands } from "./caucus.js";
import { EndorsementCommands } from "./endorsements.js";
import { MembershipCommands } from "./membership.js";
import { ParticipantCommands } from "./participants.js";
import { ProposalCommands } from "./proposals.js";
import { Recorder } from "./recorder.js";
import { SanctionCommands } from "./sanctions.js";

export type AllianceCommands = ReturnType<typeof allianceCommands>;

export function allianceCommands(store: AllianceStore, defaultPolicy: EligibilityPolicy) {
  const recorder = new Recorder(store);
  return {
    membership: new MembershipCommands(recorder, defaultPolicy),
    caucus: new CaucusCommands(recorder),
    participants: new ParticipantCommands(recorder),
    proposals: new ProposalCommands(recorder),
    assembly: new AssemblyCommands(recorder),
    sanctions: new SanctionCommands(recorder),
    activities: new ActivityCommands(recorder),
    endorsements: new EndorsementCommands(recorder),
  };
}
