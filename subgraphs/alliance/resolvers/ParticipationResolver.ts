/** Networks with real participation rights (principles 2, 3, 5): participants, proposals, sponsors and recorded votes. */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { connectionFrom } from "../../shared/connection.js";
import { attempt } from "../../shared/mutations/payload.js";
import { RoleMutation } from "../../shared/mutations/role-mutation.js";
import type { AllianceContext } from "../loaders.js";
import { toParticipant, toProposal } from "./mappers.js";
import {
  Actor,
  ParticipantConnection,
  ProposalConnection,
  CosponsorProposalInput,
  RegisterParticipantInput,
  SubmitProposalInput,
  ConstituencyPosition,
  Participant,
  Proposal,
  ProposalSponsor,
  ProposalVote,
  type ActorKey,
  ParticipantPayload,
  ProposalPayload,
} from "../types/participation.js";
import { Country } from "../types/country.js";
import { Constituency, ParticipantKind, Role, VotePosition } from "../types/enums.js";
import { CastVoteInput } from "../types/cast-vote.js";
import { idNumber } from "./ids.js";

const PARTICIPANT_KEY = /^participant:(\d+)$/;

function plurality(yes: number, no: number, abstain: number): VotePosition | null {
  if (yes > no && yes > abstain) return VotePosition.YES;
  if (no > yes && no > abstain) return VotePosition.NO;
  if (abstain > yes && abstain > no) return VotePosition.ABSTAIN;
  return null;
}

/** A stored speaker key as the Actor union: a country for a government, the participant for `participant:<id>`. */
async function actorOf(key: ActorKey, context: AllianceContext): Promise<Country | Participant | null> {
  const participantId = PARTICIPANT_KEY.exec(key)?.[1];
  if (participantId === undefined) return context.loaders.country.load(key);
  const row = await context.loaders.participant.load(Number(participantId));
  return row ? toParticipant(row) : null;
}

const first = (max: number, fallback = 50) => Arg("first", () => Int, { defaultValue: fallback, description: `Page size, up to ${max}.` });
const after = () => Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." });

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => ParticipantConnection, {
    nullable: true,
    description: "Participants registered in the Alliance's networks beyond governments, oldest first; of one kind when given.",
  })
  async networkParticipants(
    @Arg("kind", () => ParticipantKind, { nullable: true, description: "Only this kind." }) kind: ParticipantKind | null,
    @first(500) pageSize: number,
    @after() cursor: string | null,
    @Ctx() context: AllianceContext,
  ) {
    const kinds = kind ? [kind] : Object.values(ParticipantKind);
    const groups = await Promise.all(kinds.map((k) => context.loaders.participantsByKind.load(k)));
    const participants = groups
      .flat()
      .sort((a, b) => a.id - b.id)
      .map(toParticipant);
    return connectionFrom(`participants:${kind ?? "all"}`, participants, { first: pageSize, after: cursor });
  }

  @RoleMutation(
    [Role.SECRETARIAT],
    () => ParticipantPayload,
    "Registers a parliamentarian, civil society organisation or opposition leader, from any country, member or not.",
  )
  registerParticipant(
    @Arg("input", () => RegisterParticipantInput, { description: "The fields of the record; see the input type." }) input: RegisterParticipantInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("participant", () => toParticipant(context.commands.participants.register(context.actor!, input)));
  }

  @FieldResolver(() => Country, { nullable: true, description: "The participant's country." })
  country(@Root() participant: Participant, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(participant.countryCode);
  }
}

@Resolver(() => Proposal)
export class ProposalResolver {
  @Query(() => ProposalConnection, { nullable: true, description: "Proposals put to the Alliance, oldest first." })
  async proposals(@first(500) pageSize: number, @after() cursor: string | null, @Ctx() context: AllianceContext) {
    return connectionFrom("proposals", (await context.loaders.proposals.load("all")).map(toProposal), { first: pageSize, after: cursor });
  }

  @Query(() => Proposal, { nullable: true, description: "One proposal by id; null when none has it." })
  async proposal(@Arg("id", () => ID, { description: "Proposal id." }) id: string, @Ctx() context: AllianceContext): Promise<Proposal | null> {
    const row = /^\d+$/.test(id) ? await context.loaders.proposal.load(Number(id)) : null;
    return row ? toProposal(row) : null;
  }

  @RoleMutation(
    [Role.MEMBER_STATE_DELEGATE, Role.NETWORK_MEMBER],
    () => ProposalPayload,
    "Submits a proposal, as a member government (delegate) or as a network member; the submitter is its first sponsor.",
  )
  submitProposal(
    @Arg("input", () => SubmitProposalInput, { description: "The fields of the record; see the input type." }) input: SubmitProposalInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("proposal", () => toProposal(context.commands.proposals.submit(context.actor!, input)));
  }

  @RoleMutation([Role.MEMBER_STATE_DELEGATE, Role.NETWORK_MEMBER], () => ProposalPayload, "Co-sponsors a proposal.")
  cosponsorProposal(
    @Arg("input", () => CosponsorProposalInput, { description: "The fields of the record; see the input type." }) input: CosponsorProposalInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("proposal", async () => {
      context.commands.proposals.cosponsor(context.actor!, idNumber("proposalId", "proposal", input.proposalId));
      return this.proposal(input.proposalId, context);
    });
  }

  @RoleMutation([Role.MEMBER_STATE_DELEGATE, Role.NETWORK_MEMBER], () => ProposalPayload, "Casts (or changes) a recorded vote on a proposal.")
  voteOnProposal(
    @Arg("input", () => CastVoteInput, { description: "The fields of the record; see the input type." }) input: CastVoteInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("proposal", async () => {
      context.commands.proposals.vote(context.actor!, idNumber("proposalId", "proposal", input.proposalId), input.position);
      return this.proposal(input.proposalId, context);
    });
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Who submitted it: a member government or a network participant." })
  submitter(@Root() proposal: Proposal, @Ctx() context: AllianceContext) {
    return actorOf(proposal.submitterKey, context);
  }

  @FieldResolver(() => [ProposalSponsor], { description: "Sponsors, in order of sponsoring." })
  async sponsors(@Root() proposal: Proposal, @Ctx() context: AllianceContext): Promise<ProposalSponsor[]> {
    return (await context.loaders.sponsorsByProposal.load(Number(proposal.id))).map((row) => ({
      sponsorKey: row.sponsor,
      constituency: row.constituency as Constituency,
    }));
  }

  @FieldResolver(() => [ProposalVote], { description: "Every recorded vote: at most one per member government and participant." })
  async votes(@Root() proposal: Proposal, @Ctx() context: AllianceContext): Promise<ProposalVote[]> {
    return (await context.loaders.votesByProposal.load(Number(proposal.id))).map((row) => ({
      voterKey: row.voter,
      constituency: row.constituency as Constituency,
      position: VotePosition[row.position],
      castAt: row.cast_at,
    }));
  }

  @FieldResolver(() => [ConstituencyPosition], { description: "Each constituency's tally and position, the governments' next to the networks'." })
  async positions(@Root() proposal: Proposal, @Ctx() context: AllianceContext): Promise<ConstituencyPosition[]> {
    const votes = await context.loaders.votesByProposal.load(Number(proposal.id));
    return Object.values(Constituency).map((constituency) => {
      const mine = votes.filter((vote) => vote.constituency === constituency);
      const count = (position: string) => mine.filter((vote) => vote.position === position).length;
      const [yes, no, abstain] = [count("YES"), count("NO"), count("ABSTAIN")];
      return { constituency, yes, no, abstain, position: plurality(yes, no, abstain) };
    });
  }
}

@Resolver(() => ProposalSponsor)
export class ProposalSponsorResolver {
  @FieldResolver(() => Actor, { nullable: true, description: "The sponsor: a member government or a network participant." })
  sponsor(@Root() sponsor: ProposalSponsor, @Ctx() context: AllianceContext) {
    return actorOf(sponsor.sponsorKey, context);
  }
}

@Resolver(() => ProposalVote)
export class ProposalVoteResolver {
  @FieldResolver(() => Actor, { nullable: true, description: "The voter: a member government or a network participant." })
  voter(@Root() vote: ProposalVote, @Ctx() context: AllianceContext) {
    return actorOf(vote.voterKey, context);
  }
}
