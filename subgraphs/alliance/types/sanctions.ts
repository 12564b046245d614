import { GraphQLDate, GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { SanctionGrounds } from "./enums.js";
import { CastVote } from "./CastVote.js";

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
