import { GraphQLDate } from "graphql-scalars";
import { Field, InputType, Int } from "type-graphql";
import { UnIssue } from "./enums.js";

@InputType({ description: "A coming vote, described by its title, text and/or issue tags, and the group whipping it." })
export class WhipSheetInput {
  @Field(() => [String], { description: "Alpha-3 codes of the group's members." })
  memberCodes!: string[];

  @Field(() => String, { nullable: true, description: "Title of the coming resolution." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Its text or a summary." })
  text?: string | null;

  @Field(() => [UnIssue], { nullable: true, description: "Its issue tags." })
  issues?: UnIssue[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Alpha-3 codes of the states sponsoring the draft, where known (sponsors and additional sponsors alike): members among them are predicted to vote yes, as sponsors almost always do.",
  })
  sponsorCodes?: string[] | null;

  @Field(() => Int, {
    defaultValue: 10,
    description: "How many precedents the sheet lists (1 to 100); each member's prediction may also rest on further ones it voted on.",
  })
  similar!: number;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: "Only precedents from this day on; without it, precedents come from the eight sessions before `to` (or before the latest roll call).",
  })
  from?: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: "Only precedents up to this day." })
  to?: Date | null;
}
