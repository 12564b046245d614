/** Endorsements of the campaigns for a UN Parliamentary Assembly and a UN World Citizens' Initiative, each with its source. */
import { Role, type Actor } from "../../shared/auth.js";
import type { EndorsementRow } from "../records.js";
import type { Recorder } from "./recorder.js";
import { LIMITS, requireCountry, requireText, optionalUrl } from "./validation.js";

export type EndorsementInput = {
  campaign: string;
  endorserKind: string;
  endorserName: string;
  countryCode?: string | null;
  endorsedOn: Date;
  sourceTitle: string;
  sourceUrl?: string | null;
};

export class EndorsementCommands {
  constructor(private readonly recorder: Recorder) {}

  record(actor: Actor, input: EndorsementInput): EndorsementRow {
    const role = this.recorder.roleFor(actor, [Role.SECRETARIAT]);
    const row = {
      campaign: input.campaign,
      endorser_kind: input.endorserKind,
      endorser_name: requireText("endorserName", input.endorserName, LIMITS.name),
      country_code: input.countryCode ? requireCountry("countryCode", input.countryCode) : null,
      endorsed_on: input.endorsedOn.toISOString().slice(0, 10),
      source_title: requireText("sourceTitle", input.sourceTitle, LIMITS.title),
      source_url: optionalUrl("sourceUrl", input.sourceUrl),
      recorded_by: actor.id,
    };
    return {
      id: this.recorder.recorded(actor, role, "recordEndorsement", `campaign:${input.campaign}`, row, () => this.recorder.records.insertEndorsement(row)),
      ...row,
    };
  }
}
