/** The networks' participants and the proposals of all three constituencies, with their inputs and payloads. */
import { GraphQLDate, GraphQLDateTime } from "graphql-scalars";
import { ObjectType, Field, ID, Int, createUnionType, InputType } from "type-graphql";
import { createConnectionType } from "../../shared/connection.js";
import { createPayloadType } from "../../shared/mutations/payload.js";
import { CastVote } from "./cast-vote.js";
import { Country } from "./country.js";
import { ParticipantKind, Constituency, VotePosition } from "./enums.js";

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

/** Who speaks in the Alliance's deliberations: a member government (its country) or a network participant. */
export const Actor = createUnionType({
  name: "Actor",
  description: "Who acted in the Alliance's deliberations: a member government (its Country) or a network Participant.",
  types: () => [Country, Participant] as const,
  // Countries are keyed by `code`; participants carry a `constituency` and no `code`.
  resolveType: (value) => ("code" in value ? "Country" : "Participant"),
});

export const ParticipantConnection = createConnectionType("Participant", Participant, "Network participants, oldest first.");

export const ProposalConnection = createConnectionType("Proposal", Proposal, "Proposals, oldest first.");

@InputType({ description: "A parliamentarian, civil society organisation or opposition leader to register." })
export class RegisterParticipantInput {
  @Field(() => ParticipantKind, { description: "What kind of participant." })
  kind!: ParticipantKind;

  @Field(() => String, { description: "The name, as it should be shown." })
  name!: string;

  @Field(() => String, { description: "Alpha-3 code of the participant's country." })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: "A parliamentarian's chamber (required for one)." })
  chamber?: string | null;

  @Field(() => String, { nullable: true, description: "Party." })
  party?: string | null;

  @Field(() => Boolean, { nullable: true, description: "A parliamentarian's party in government (true) or opposition (false); required for one." })
  inGovernment?: boolean | null;

  @Field(() => String, { nullable: true, description: "Short description." })
  description?: string | null;
}

@InputType({ description: "A proposal to put to the Alliance." })
export class SubmitProposalInput {
  @Field(() => String, { description: "Title (up to 300 characters)." })
  title!: string;

  @Field(() => String, { description: "Text (up to 20,000 characters)." })
  text!: string;
}

@InputType({ description: "The proposal to co-sponsor." })
export class CosponsorProposalInput {
  @Field(() => ID, { description: "Proposal id." })
  proposalId!: string;
}

export const ParticipantPayload = createPayloadType("ParticipantPayload", "participant", Participant, "The participant registered, or why it was refused.");

export const ProposalPayload = createPayloadType("ProposalPayload", "proposal", Proposal, "The proposal as it stands after the change, or why it was refused.");
