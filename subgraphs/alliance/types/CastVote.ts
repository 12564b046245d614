import { GraphQLDateTime } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
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
