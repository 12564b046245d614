import { GraphQLDate, GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { VotePosition, Constituency, ParticipantKind } from "./enums.js";
import { CastVote } from "./CastVote.js";

@ObjectType({ description: "A parliamentarian, civil society organisation or democratic opposition leader taking part, from any country." })
export class Participant {
  @Field(() => ID, { description: "Participant id." })
  id!: string;

  @Field(() => ParticipantKind, { description: "What kind of participant." })
  kind!: ParticipantKind;

  @Field(() => String, { description: "The participant's name." })
  name!: string;

  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => Constituency, {
    description: "The network it takes part through: parliamentarians the parliamentary network, the others the civil society network.",
  })
  constituency!: Constituency;

  @Field(() => String, { nullable: true, description: "For a parliamentarian: the chamber." })
  chamber!: string | null;

  @Field(() => String, { nullable: true, description: "For a parliamentarian or opposition leader: the party." })
  party!: string | null;

  @Field(() => Boolean, { nullable: true, description: "For a parliamentarian: whether the party is in government (false: opposition)." })
  inGovernment!: boolean | null;

  @Field(() => String, { nullable: true, description: "Short description." })
  description!: string | null;

  @Field(() => GraphQLDate, { description: "Day registered." })
  registeredOn!: string;
}

/** A speaker in the Alliance's deliberations as stored: a member government's country code, or `participant:<id>`. */
export type ActorKey = string;

@ObjectType({ description: "A sponsor of a proposal: a member government or a network participant." })
export class ProposalSponsor {
  sponsorKey!: ActorKey;

  @Field(() => Constituency, { description: "The constituency it sponsors for." })
  constituency!: Constituency;
}

@ObjectType({ description: "A recorded vote on a proposal." })
export class ProposalVote extends CastVote {
  voterKey!: ActorKey;

  @Field(() => Constituency, { description: "The voter's constituency." })
  constituency!: Constituency;
}

@ObjectType({ description: "A constituency's position on a proposal, next to the others'." })
export class ConstituencyPosition {
  @Field(() => Constituency, { description: "The constituency." })
  constituency!: Constituency;

  @Field(() => Int, { description: "Yes votes." })
  yes!: number;

  @Field(() => Int, { description: "No votes." })
  no!: number;

  @Field(() => Int, { description: "Abstentions." })
  abstain!: number;

  @Field(() => VotePosition, { nullable: true, description: "The plurality of its votes; null on a tie or without votes." })
  position!: VotePosition | null;
}

@ObjectType({ description: "A proposal put to the Alliance by a government or a network, with its sponsors, votes and each constituency's position." })
export class Proposal {
  @Field(() => ID, { description: "Proposal id." })
  id!: string;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "The proposal's text." })
  text!: string;

  submitterKey!: ActorKey;

  @Field(() => Constituency, { description: "The submitter's constituency." })
  constituency!: Constituency;

  @Field(() => GraphQLDateTime, { description: "When submitted." })
  submittedAt!: string;
}
