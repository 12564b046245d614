import { GraphQLDate } from "graphql-scalars";
import { Field, InputType, Int } from "type-graphql";
import { UnIssue } from "./enums.js";

@InputType({ description: "Which roll calls to list. All conditions given must hold." })
export class RollCallFilter {
  @Field(() => Int, { nullable: true, description: "General Assembly session." })
  session?: number | null;

  @Field(() => GraphQLDate, { nullable: true, description: "On or after this day." })
  from?: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: "On or before this day." })
  to?: Date | null;

  @Field(() => UnIssue, { nullable: true, description: "Carrying this issue tag." })
  issue?: UnIssue | null;

  @Field(() => String, { nullable: true, description: "Containing this text (case-insensitive) in the resolution symbol, short title or description." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "On which this country (alpha-3 code) cast a vote." })
  countryCode?: string | null;
}
