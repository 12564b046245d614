import { Field, ObjectType } from "type-graphql";
import { GroupTally } from "./GroupTally.js";

@ObjectType({
  description:
    "A roll call in a group's light: how the group's members voted, the group's position, who voted otherwise and who cast no vote. The rules are those of `GroupVoting`: the position is the plurality of the members' yes, no and abstain votes; a defection is a member's vote that differs from it.",
})
export class RollCallInGroup extends GroupTally {
  @Field(() => [String], { description: "The group's members as asked, by code, sorted and without repeats." })
  memberCodes!: string[];

  @Field(() => [String], { description: "Members whose vote differs from the group's position, by code; empty when the group has no position." })
  defectorCodes!: string[];

  @Field(() => [String], {
    description: "Members with no yes, no or abstain recorded, by code: absent, present but not voting, or not a member of the UN on that day.",
  })
  absentCodes!: string[];
}
