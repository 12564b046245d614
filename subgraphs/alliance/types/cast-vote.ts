/** One vote cast by a member, on a proposal or a sanction alike, and its input. */
import { GraphQLDateTime } from "graphql-scalars";
import { ObjectType, Field, InputType, ID } from "type-graphql";
import { VotePosition } from "./enums.js";

/**
 * A vote cast in one of the Alliance's deliberations, for the vote types (on a proposal, on a
 * sanction) to extend with who cast it. type-graphql inherits fields only from a decorated class;
 * this one never appears in the schema because no field returns it.
 */
@ObjectType("CastVote")
export abstract class CastVote {
  @Field(() => VotePosition, { description: "The vote." })
  position!: VotePosition;

  @Field(() => GraphQLDateTime, { description: "When it was cast (or last changed)." })
  castAt!: string;
}

@InputType({ description: "A vote on a proposal or a sanction proposal." })
export class CastVoteInput {
  @Field(() => ID, { description: "Id of the proposal voted on." })
  proposalId!: string;

  @Field(() => VotePosition, { description: "The vote." })
  position!: VotePosition;
}
