/** The UN Democracy Caucus's membership, changed by the secretariat on recorded grounds. */
import { Role, type Actor } from "../../shared/auth.js";
import type { CaucusChangeRow } from "../records.js";
import type { Recorder } from "./recorder.js";
import { LIMITS, requireCountry, requireDay, requireText } from "./validation.js";

export class CaucusCommands {
  constructor(private readonly recorder: Recorder) {}

  recordChange(actor: Actor, input: { countryCode: string; change: "ADD" | "REMOVE"; grounds: string; decidedOn?: Date | null }): CaucusChangeRow {
    const role = this.recorder.roleFor(actor, [Role.SECRETARIAT]);
    const code = requireCountry("countryCode", input.countryCode);
    const row = {
      country_code: code,
      change: input.change,
      decided_on: requireDay("decidedOn", input.decidedOn),
      grounds: requireText("grounds", input.grounds, LIMITS.grounds),
      recorded_by: actor.id,
      recorder_label: this.recorder.labelFor(actor, role),
    };
    return {
      id: this.recorder.recorded(actor, role, "recordCaucusChange", `country:${code}`, row, () => this.recorder.records.insertCaucusChange(row)),
      ...row,
    };
  }
}
