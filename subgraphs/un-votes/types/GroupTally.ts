import { Field, Int, ObjectType } from "type-graphql";
import { VotePosition } from "./enums.js";

/**
 * A group's votes on one roll call and its position, for the types that show a group on a roll
 * call to extend. type-graphql inherits fields only from a decorated class; this one never
 * appears in the schema because no field returns it.
 */
@ObjectType("GroupTally")
export abstract class GroupTally {
  @Field(() => VotePosition, { nullable: true, description: "The plurality of the members' votes; null on a tie or when no member voted." })
  position!: VotePosition | null;

  @Field(() => Int, { description: "Members voting yes." })
  yes!: number;

  @Field(() => Int, { description: "Members voting no." })
  no!: number;

  @Field(() => Int, { description: "Members abstaining." })
  abstain!: number;
}
