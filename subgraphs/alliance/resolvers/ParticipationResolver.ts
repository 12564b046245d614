/** Networks with real participation rights (principles 2, 3, 5): participants, proposals, sponsors and recorded votes. */
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AllianceContext } from "../loaders.js";
import { toParticipant, toProposal } from "../mappers.js";
import { Country } from "../types/Country.js";
import { AllianceVote, Constituency, ParticipantKind, Role } from "../types/enums.js";
import { ConstituencyPosition, Participant, Proposal, ProposalSponsor, ProposalVote } from "../types/participation.js";


function plurality(yes: number, no: number, abstain: number): AllianceVote | null {
  if (yes > no && yes > abstain) return AllianceVote.YES;
  if (no > yes && no > abstain) return AllianceVote.NO;
  if (abstain > yes && abstain > no) return AllianceVote.ABSTAIN;
  return null;
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => [Participant], { description: "Registered participants beyond governments, oldest first; of one kind when given." })
  async participants(@Arg("kind", () => ParticipantKind, { nullable: true, description: "Only this kind." }) kind: ParticipantKind | null, @Ctx() context: AllianceContext): Promise<Participant[]> {
    const kinds = kind ? [kind] : Object.values(ParticipantKind);
    const groups = await Promise.all(kinds.map((k) => context.loaders.participantsByKind.load(k)));
    return groups.flat().sort((a, b) => a.id - b.id).map(toParticipant);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Participant, { description: "Registers a parliamentarian, civil society organisation or opposition leader, from any country, member or not." })
  registerParticipant(
    @Arg("kind", () => ParticipantKind, { description: "What kind of participant." }) kind: ParticipantKind,
    @Arg("name", () => String, { description: "Name." }) name: string,
    @Arg("country", () => String, { description: "Alpha-3 code of the participant's country." }) country: string,
    @Arg("chamber", () => String, { nullable: true, description: "A parliamentarian's chamber (required for one)." }) chamber: string | null,
    @Arg("party", () => String, { nullable: true, description: "Party." }) party: string | null,
    @Arg("inGovernment", () => Boolean, { nullable: true, description: "A parliamentarian's party in government (true) or opposition (false); required for one." }) inGovernment: boolean | null,
    @Arg("description", () => String, { nullable: true, description: "Short description." }) description: string | null,
    @Ctx() context: AllianceContext,
  ): Participant {
    return toParticipant(context.commands.registerParticipant(context.actor!, { kind, name, country, chamber, party, inGovernment, description }));
  }

  @FieldResolver(() => Country, { nullable: true, description: "The participant's country." })
  country(@Root() participant: Participant, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(participant.countryCode);
  }
}

@Resolver(() => Proposal)
export class ProposalResolver {
  @Query(() => [Proposal], { description: "Proposals put to the Alliance, oldest first." })
  async proposals(@Ctx() context: AllianceContext): Promise<Proposal[]> {
    return (await context.loaders.proposals.load("all")).map(toProposal);
  }

  @Query(() => Proposal, { nullable: true, description: "One proposal by id." })
  async proposal(@Arg("id", () => ID, { description: "Proposal id." }) id: string, @Ctx() context: AllianceContext): Promise<Proposal | null> {
    const row = /^\d+$/.test(id) ? await context.loaders.proposal.load(Number(id)) : null;
    return row ? toProposal(row) : null;
  }

  @Authorized(Role.MEMBER_STATE_DELEGATE, Role.NETWORK_MEMBER)
  @Mutation(() => Proposal, { description: "Submits a proposal, as a member government (delegate) or as a network member; the submitter is its first sponsor." })
  submitProposal(
    @Arg("title", () => String, { description: "Title (up to 300 characters)." }) title: string,
    @Arg("text", () => String, { description: "Text (up to 20,000 characters)." }) text: string,
    @Ctx() context: AllianceContext,
  ): Proposal {
    return toProposal(context.commands.submitProposal(context.actor!, { title, text }));
  }

  @Authorized(Role.MEMBER_STATE_DELEGATE, Role.NETWORK_MEMBER)
  @Mutation(() => Proposal, { nullable: true, description: "Co-sponsors a proposal." })
  async cosponsorProposal(@Arg("proposal", () => ID, { description: "Proposal id." }) proposal: string, @Ctx() context: AllianceContext): Promise<Proposal | null> {
    context.commands.cosponsorProposal(context.actor!, Number(proposal));
    return this.proposal(proposal, context);
  }

  @Authorized(Role.MEMBER_STATE_DELEGATE, Role.NETWORK_MEMBER)
  @Mutation(() => Proposal, { nullable: true, description: "Casts (or changes) a recorded vote on a proposal." })
  async voteOnProposal(
    @Arg("proposal", () => ID, { description: "Proposal id." }) proposal: string,
    @Arg("position", () => AllianceVote, { description: "The vote." }) position: AllianceVote,
    @Ctx() context: AllianceContext,
  ): Promise<Proposal | null> {
    context.commands.voteOnProposal(context.actor!, Number(proposal), position);
    return this.proposal(proposal, context);
  }

  @FieldResolver(() => [ProposalSponsor], { description: "Sponsors, in order of sponsoring." })
  async sponsors(@Root() proposal: Proposal, @Ctx() context: AllianceContext): Promise<ProposalSponsor[]> {
    return (await context.loaders.sponsorsByProposal.load(Number(proposal.id))).map((row) => ({ sponsor: row.sponsor, constituency: row.constituency as Constituency }));
  }

  @FieldResolver(() => [ProposalVote], { description: "Every recorded vote." })
  async votes(@Root() proposal: Proposal, @Ctx() context: AllianceContext): Promise<ProposalVote[]> {
    return (await context.loaders.votesByProposal.load(Number(proposal.id))).map((row) => ({
      voter: row.voter,
      constituency: row.constituency as Constituency,
      position: AllianceVote[row.position],
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

