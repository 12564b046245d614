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

  @Field(() => String, {
    nullable: true,
    description:
      "Whose draft this state (alpha-3 code) sponsored or joined as an additional sponsor, as the UN's resolution files list them: the Voeten record names no sponsors, so only votes those files record (session 74 on) can match.",
  })
  sponsor?: string | null;
}
