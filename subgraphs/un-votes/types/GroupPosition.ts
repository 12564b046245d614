import { Field, Float, Int, ObjectType } from "type-graphql";
import { VotePosition } from "./enums.js";
import { RollCall } from "./RollCall.js";

@ObjectType({ description: "The group on one roll call: its members' votes, its position and its Agreement Index." })
export class GroupPosition {
  @Field(() => RollCall, { description: "The roll call." })
  rollCall!: RollCall;

  @Field(() => VotePosition, { nullable: true, description: "The plurality of the members' votes; null on a tie or when no member voted." })
  position!: VotePosition | null;

  @Field(() => Int, { description: "Members voting yes." })
  yes!: number;

  @Field(() => Int, { description: "Members voting no." })
  no!: number;

  @Field(() => Int, { description: "Members abstaining." })
  abstain!: number;

  @Field(() => Float, { nullable: true, description: "Agreement Index on this roll call; null when fewer than 2 members voted." })
  agreementIndex!: number | null;
}
