import { createConnectionType } from "../../shared/connection.js";
import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "Dyadic agreement of two members (Voeten): same vote 1, one abstains 0.5, yes against no 0; the mean over roll calls both voted on.",
})
export class Dyad {
  /** Resolved to Countries by the field resolver. */
  aCode!: string;
  bCode!: string;

  @Field(() => Float, { nullable: true, description: "The agreement, 0 to 1; null when the two never voted on the same roll call." })
  agreement!: number | null;

  @Field(() => Int, { name: "rollCallCount", description: "Roll calls both voted on." })
  rollCalls!: number;
}

export const DyadConnection = createConnectionType("Dyad", Dyad, "Pairs of members and their agreement, in the order members were given.");
