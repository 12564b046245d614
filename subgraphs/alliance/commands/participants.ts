/** The parliamentary and civil society networks: the secretariat registers their participants. */
import { Role, type Actor } from "../../shared/auth.js";
import type { ParticipantRow } from "../records.js";
import type { Recorder } from "./recorder.js";
import { bad, LIMITS, requireCountry, requireText, optionalTextOf } from "./validation.js";

export type ParticipantInput = {
  kind: ParticipantRow["kind"];
  name: string;
  countryCode: string;
  chamber?: string | null;
  party?: string | null;
  inGovernment?: boolean | null;
  description?: string | null;
};

export class ParticipantCommands {
  constructor(private readonly recorder: Recorder) {}

  register(actor: Actor, input: ParticipantInput): ParticipantRow {
    const role = this.recorder.roleFor(actor, [Role.SECRETARIAT]);
    const parliamentarian = input.kind === "PARLIAMENTARIAN";
    if (parliamentarian && (input.inGovernment === null || input.inGovernment === undefined))
      throw bad("inGovernment", "expected true or false for a parliamentarian (false: opposition), received nothing");
    if (parliamentarian && !input.chamber?.trim()) throw bad("chamber", "expected the parliamentarian's chamber, received nothing");
    const row = {
      kind: input.kind,
      name: requireText("name", input.name, LIMITS.name),
      country_code: requireCountry("countryCode", input.countryCode),
      chamber: optionalTextOf("chamber", input.chamber, LIMITS.short),
      party: optionalTextOf("party", input.party, LIMITS.short),
      in_government: parliamentarian ? (input.inGovernment ? 1 : 0) : null,
      description: input.description ? requireText("description", input.description, LIMITS.text) : null,
      registered_on: new Date().toISOString().slice(0, 10),
      recorded_by: actor.id,
    };
    return {
      id: this.recorder.recorded(actor, role, "registerParticipant", `participant:${row.name}`, row, () => this.recorder.records.insertParticipant(row)),
      ...row,
      in_government: row.in_government as 0 | 1 | null,
    };
  }
}
