import { GraphQLDate } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { UnIssue } from "./enums.js";

@ObjectType({ description: "A recorded vote of the UN General Assembly (a roll call), with its totals and the votes cast." })
export class RollCall {
  @Field(() => ID, { description: "Stable id: the roll-call id of the Voeten data, or 1,000,000,000 + the UN Digital Library record id." })
  id!: string;

  /** The row of this roll call in the vote index. */
  row!: number;

  @Field(() => Int, { description: "General Assembly session." })
  session!: number;

  @Field(() => GraphQLDate, { description: "Day of the vote." })
  date!: string;

  @Field(() => String, { nullable: true, description: "Resolution symbol as the source gives it (e.g. `R/1/66`, `A/RES/74/123`); null when none." })
  resolution!: string | null;

  @Field(() => String, { nullable: true, description: "Short title." })
  shortTitle!: string | null;

  @Field(() => String, { nullable: true, description: "Description of what was voted on." })
  description!: string | null;

  @Field(() => [UnIssue], { description: "Issue tags; empty when the roll call carries none." })
  issues!: UnIssue[];

  @Field(() => Boolean, { nullable: true, description: "Whether the US State Department listed it as an important vote; null where the source does not say." })
  important!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the vote was on an amendment; null where the source does not say." })
  amendment!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the vote was on a paragraph; null where the source does not say." })
  paragraph!: boolean | null;

  @Field(() => Int, { description: "Yes votes recorded." })
  yes!: number;

  @Field(() => Int, { description: "No votes recorded." })
  no!: number;

  @Field(() => Int, { description: "Abstentions recorded." })
  abstain!: number;
}
