import { Field, Float, ObjectType } from "type-graphql";
import { GroupTally } from "./GroupTally.js";
import { RollCall } from "./RollCall.js";

@ObjectType({ description: "The group on one roll call: its members' votes, its position and its Agreement Index." })
export class GroupPosition extends GroupTally {
  @Field(() => RollCall, { description: "The roll call." })
  rollCall!: RollCall;

  @Field(() => Float, { nullable: true, description: "Agreement Index on this roll call; null when fewer than 2 members voted." })
  agreementIndex!: number | null;
}
