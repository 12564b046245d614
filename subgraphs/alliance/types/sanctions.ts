/** Joint smart sanctions on values alone: evidence, proposals, votes and the consistency check. */
import { GraphQLDate, GraphQLDateTime } from "graphql-scalars";
import { ObjectType, Field, ID, Int, InputType } from "type-graphql";
import { createConnectionType } from "../../shared/connection.js";
import { createPayloadType } from "../../shared/mutations/payload.js";
import { CastVote } from "./cast-vote.js";
import { COUNTRY_CODE } from "./descriptions.js";
import { SanctionGrounds } from "./enums.js";

@ObjectType({ description: "Recorded evidence about a state, on one of the grounds for sanctions." })
export class EvidenceRecord {
  @Field(() => ID, { description: "Evidence id." })
  id!: string;

  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => SanctionGrounds, { description: "The grounds it bears on." })
  grounds!: SanctionGrounds;

  @Field(() => String, { description: "What was observed." })
  description!: string;

  @Field(() => String, { description: "Where it is documented." })
  sourceTitle!: string;

  @Field(() => String, { nullable: true, description: "Address of the source." })
  sourceUrl!: string | null;

  @Field(() => GraphQLDate, { description: "Day observed." })
  observedOn!: string;
}

@ObjectType({ description: "A member state's vote on a sanction proposal." })
export class SanctionVote extends CastVote {
  /** Resolved to a Country by the field resolver. */
  countryCode!: string;
}

@ObjectType({ description: "Another state that meets the same grounds on the record but is not targeted: what the consistency check found." })
export class ConsistencyFinding {
  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => [String], { description: "Why it meets the grounds: recorded evidence, and ratings as bad as the target's or worse." })
  reasons!: string[];
}

@ObjectType({ description: "A proposal for joint smart sanctions, decided on values alone (principles 8, 9)." })
export class SanctionProposal {
  @Field(() => ID, { description: "Proposal id." })
  id!: string;

  /** Resolved to a Country by the field resolver. */
  targetCode!: string;

  @Field(() => SanctionGrounds, { description: "The grounds." })
  grounds!: SanctionGrounds;

  @Field(() => String, { description: "The measures proposed." })
  measures!: string;

  evidenceIds!: number[];

  @Field(() => String, { description: "Who proposed it." })
  proposedBy!: string;

  @Field(() => GraphQLDateTime, { description: "When it was proposed." })
  proposedAt!: string;
}

@ObjectType({ description: "The count of members' votes on a sanction proposal." })
export class SanctionTally {
  @Field(() => Int, { description: "Yes votes." })
  yes!: number;

  @Field(() => Int, { description: "No votes." })
  no!: number;

  @Field(() => Int, { description: "Abstentions." })
  abstain!: number;

  @Field(() => Int, { description: "Members that have not voted." })
  notVoted!: number;
}

export const SanctionProposalConnection = createConnectionType("SanctionProposal", SanctionProposal, "Sanction proposals, oldest first.");

@InputType({ description: "Evidence about a state on one of the grounds for sanctions." })
export class RecordEvidenceInput {
  @Field(() => String, { description: COUNTRY_CODE })
  countryCode!: string;

  @Field(() => SanctionGrounds, { description: "The grounds it bears on." })
  grounds!: SanctionGrounds;

  @Field(() => String, { description: "What was observed." })
  description!: string;

  @Field(() => GraphQLDate, { description: "Day observed." })
  observedOn!: Date;

  @Field(() => String, { description: "Where it is documented." })
  sourceTitle!: string;

  @Field(() => String, { nullable: true, description: "Address of the source." })
  sourceUrl?: string | null;
}

@InputType({ description: "Sanctions proposed against a government, on recorded evidence about it." })
export class ProposeSanctionInput {
  @Field(() => String, { description: "Alpha-3 code of the targeted state." })
  targetCountryCode!: string;

  @Field(() => SanctionGrounds, { description: "The grounds." })
  grounds!: SanctionGrounds;

  @Field(() => String, { description: "The measures proposed." })
  measures!: string;

  @Field(() => [ID], { description: "Ids of recorded evidence about the target on these grounds." })
  evidenceIds!: string[];
}

export const EvidenceRecordPayload = createPayloadType("EvidenceRecordPayload", "evidence", EvidenceRecord, "The evidence recorded, or why it was refused.");

export const SanctionProposalPayload = createPayloadType(
  "SanctionProposalPayload",
  "sanctionProposal",
  SanctionProposal,
  "The sanction proposal as it stands after the change, or why it was refused.",
);
