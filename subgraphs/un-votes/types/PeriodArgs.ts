import { GraphQLDate } from "graphql-scalars";
import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class PeriodArgs {
  @Field(() => Int, { nullable: true, description: "One General Assembly session." })
  session?: number | null;

  @Field(() => GraphQLDate, { nullable: true, description: "From this day (inclusive)." })
  from?: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: "To this day (inclusive)." })
  to?: Date | null;
}
