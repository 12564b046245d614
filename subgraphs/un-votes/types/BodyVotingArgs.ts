import { ArgsType, Field } from "type-graphql";
import { GroupMembership } from "./enums.js";
import { PeriodArgs } from "./PeriodArgs.js";

/** A body's General Assembly voting: the period, and whose votes count on each roll call. */
@ArgsType()
export class BodyVotingArgs extends PeriodArgs {
  @Field(() => GroupMembership, {
    defaultValue: GroupMembership.CURRENT_MEMBERS,
    description: "Today's members on every roll call (the default), or the members on each roll call's date.",
  })
  membership!: GroupMembership;
}
