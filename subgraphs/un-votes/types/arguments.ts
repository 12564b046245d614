/** Arguments the voting fields share: the period, and a body's voting. */
import { GraphQLDate } from "graphql-scalars";
import { ArgsType, Field, Int } from "type-graphql";
import { GroupMembership } from "./enums.js";

@ArgsType()
export class PeriodArgs {
  @Field(() => Int, { nullable: true, description: "One General Assembly session." })
  session?: number | null;

  @Field(() => GraphQLDate, { nullable: true, description: "From this day (inclusive)." })
  from?: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: "To this day (inclusive)." })
  to?: Date | null;
}

/** A body's General Assembly voting: the period, and whose votes count on each roll call. */
@ArgsType()
export class BodyVotingArgs extends PeriodArgs {
  @Field(() => GroupMembership, {
    defaultValue: GroupMembership.CURRENT_MEMBERS,
    description: "Today's members on every roll call (the default), or the members on each roll call's date.",
  })
  membership!: GroupMembership;
}
