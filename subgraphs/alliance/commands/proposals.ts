/**
 * Proposals from the Alliance's three constituencies: member governments through their
 * delegates, and the registered participants of the parliamentary and civil society networks,
 * with the same rights to submit, co-sponsor and vote.
 */
import { Role, type Actor } from "../../shared/auth.js";
import type { ProposalRow } from "../records.js";
import type { Recorder } from "./recorder.js";
import { forbidden, LIMITS, notFound, requireText } from "./validation.js";

type Speaker = { id: string; constituency: string; role: Role };

export class ProposalCommands {
  constructor(private readonly recorder: Recorder) {}

  /** Who is speaking in a deliberation: a member government through its delegate, or a registered participant. */
  private speaker(actor: Actor): Speaker {
    if (actor.roles.includes(Role.MEMBER_STATE_DELEGATE) && actor.country) {
      const status = this.recorder.currentStatus(actor.country);
      if (status !== "MEMBER") throw forbidden(`Only member governments take part as governments; ${actor.country} is ${status}.`);
      return { id: actor.country, constituency: "GOVERNMENTS", role: Role.MEMBER_STATE_DELEGATE };
    }
    if (actor.roles.includes(Role.NETWORK_MEMBER) && actor.participant !== null) {
      const participant = this.recorder.records.participantsByIds([actor.participant])[0];
      if (!participant) throw forbidden(`${actor.id} claims participant ${actor.participant}, which is not registered.`);
      return {
        id: `participant:${participant.id}`,
        constituency: participant.kind === "PARLIAMENTARIAN" ? "PARLIAMENTARY_NETWORK" : "CIVIL_SOCIETY_NETWORK",
        role: Role.NETWORK_MEMBER,
      };
    }
    throw forbidden("This action needs a member-state delegate (with a `country` claim) or a network member (with a `participant` claim).");
  }

  private requireProposal(id: number): void {
    if (this.recorder.records.proposalsByIds([id]).length === 0) throw notFound("proposalId", `no proposal has the id ${id}`);
  }

  submit(actor: Actor, input: { title: string; text: string }): ProposalRow {
    const speaker = this.speaker(actor);
    const row = {
      title: requireText("title", input.title, LIMITS.title),
      text: requireText("text", input.text, LIMITS.text),
      submitter: speaker.id,
      constituency: speaker.constituency,
      submitted_at: new Date().toISOString(),
    };
    const records = this.recorder.records;
    const id = this.recorder.recorded(actor, speaker.role, "submitProposal", `by:${speaker.id}`, row, () => {
      const newId = records.insertProposal(row);
      records.insertSponsor({ proposal_id: newId, sponsor: speaker.id, constituency: speaker.constituency, sponsored_at: row.submitted_at });
      return newId;
    });
    return { id, ...row };
  }

  cosponsor(actor: Actor, proposalId: number): void {
    const speaker = this.speaker(actor);
    this.requireProposal(proposalId);
    this.recorder.recorded(actor, speaker.role, "cosponsorProposal", `proposal:${proposalId}`, { sponsor: speaker.id }, () =>
      this.recorder.records.insertSponsor({
        proposal_id: proposalId,
        sponsor: speaker.id,
        constituency: speaker.constituency,
        sponsored_at: new Date().toISOString(),
      }),
    );
  }

  vote(actor: Actor, proposalId: number, position: "YES" | "NO" | "ABSTAIN"): void {
    const speaker = this.speaker(actor);
    this.requireProposal(proposalId);
    const row = { proposal_id: proposalId, voter: speaker.id, constituency: speaker.constituency, position, cast_at: new Date().toISOString() };
    this.recorder.recorded(actor, speaker.role, "voteOnProposal", `proposal:${proposalId}`, row, () => this.recorder.records.upsertProposalVote(row));
  }
}
