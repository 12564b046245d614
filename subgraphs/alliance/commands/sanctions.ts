/**
 * Joint smart sanctions, decided on values alone: evidence recorded by the secretariat, proposals
 * that cite evidence on the same target and grounds, votes by member governments, and the
 * consistency check that lists the states a proposal leaves out (rules/consistency.ts).
 */
import { Role, type Actor } from "../../shared/auth.js";
import { consistencyFindings, type Finding } from "../rules/consistency.js";
import type { EvidenceRow, SanctionRow } from "../records.js";
import type { Recorder } from "./recorder.js";
import { bad, forbidden, LIMITS, notFound, requireCountry, requireText, optionalUrl } from "./validation.js";

export type EvidenceInput = { countryCode: string; grounds: string; description: string; sourceTitle: string; sourceUrl?: string | null; observedOn: Date };

export class SanctionCommands {
  constructor(private readonly recorder: Recorder) {}

  /** The consistency check of a sanction proposal (see rules/consistency.ts). */
  consistency(proposal: SanctionRow, all: readonly SanctionRow[]): Finding[] {
    return consistencyFindings(this.recorder.records, proposal, all);
  }

  recordEvidence(actor: Actor, input: EvidenceInput): EvidenceRow {
    const role = this.recorder.roleFor(actor, [Role.SECRETARIAT]);
    const row = {
      country_code: requireCountry("countryCode", input.countryCode),
      grounds: input.grounds,
      description: requireText("description", input.description, LIMITS.text),
      source_title: requireText("sourceTitle", input.sourceTitle, LIMITS.title),
      source_url: optionalUrl("sourceUrl", input.sourceUrl),
      observed_on: input.observedOn.toISOString().slice(0, 10),
      recorded_by: actor.id,
    };
    return {
      id: this.recorder.recorded(actor, role, "recordEvidence", `country:${row.country_code}`, row, () => this.recorder.records.insertEvidence(row)),
      ...row,
      grounds: row.grounds as EvidenceRow["grounds"],
    };
  }

  propose(actor: Actor, input: { targetCountryCode: string; grounds: string; measures: string; evidenceIds: number[] }): SanctionRow {
    const role = this.recorder.roleFor(actor, [Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE]);
    const target = requireCountry("targetCountryCode", input.targetCountryCode);
    if (role === Role.MEMBER_STATE_DELEGATE && (!actor.country || this.recorder.currentStatus(actor.country) !== "MEMBER"))
      throw forbidden("Only the secretariat or a member government may propose sanctions.");
    if (input.evidenceIds.length === 0) throw bad("evidenceIds", "expected at least one recorded evidence id on the grounds given, received none");
    const found = this.recorder.records.evidenceByIds(input.evidenceIds);
    for (const id of input.evidenceIds) {
      const record = found.find((row) => row.id === id);
      if (!record) throw notFound("evidenceIds", `no evidence has the id ${id}`);
      if (record.country_code !== target || record.grounds !== input.grounds) {
        throw bad("evidenceIds", `evidence ${id} is about ${record.country_code} on ${record.grounds}; expected ${target} on ${input.grounds}`);
      }
    }
    const row = {
      target_code: target,
      grounds: input.grounds,
      measures: requireText("measures", input.measures, LIMITS.text),
      evidence_ids: JSON.stringify(input.evidenceIds),
      proposed_by: actor.id,
      proposed_at: new Date().toISOString(),
    };
    return {
      id: this.recorder.recorded(actor, role, "proposeSanction", `country:${target}`, row, () => this.recorder.records.insertSanctionProposal(row)),
      ...row,
      grounds: row.grounds as SanctionRow["grounds"],
    };
  }

  vote(actor: Actor, proposalId: number, position: "YES" | "NO" | "ABSTAIN"): void {
    const role = this.recorder.roleFor(actor, [Role.MEMBER_STATE_DELEGATE]);
    if (!actor.country || this.recorder.currentStatus(actor.country) !== "MEMBER")
      throw forbidden(`Members decide sanctions; ${actor.country ?? "no state"} is not a member.`);
    if (this.recorder.records.sanctionProposalsByIds([proposalId]).length === 0) throw notFound("proposalId", `no sanction proposal has the id ${proposalId}`);
    const row = { proposal_id: proposalId, country_code: actor.country, position, cast_at: new Date().toISOString() };
    this.recorder.recorded(actor, role, "voteOnSanction", `sanction:${proposalId}`, row, () => this.recorder.records.upsertSanctionVote(row));
  }
}
