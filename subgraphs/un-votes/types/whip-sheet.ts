/** The whip sheet: a forecast of each member's vote on a draft, with the precedents behind it. */
import { GraphQLDate } from "graphql-scalars";
import { InputType, Field, Int, ObjectType, Float } from "type-graphql";
import { sizedList, LARGEST_GROUP } from "../../shared/cost.js";
import { MOST_PRECEDENTS } from "../analytics/whip-sheet.js";
import { UnIssue, VotePosition } from "./enums.js";
import { RollCall } from "./roll-calls.js";
import { RecordCoverage } from "./united-nations.js";

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

@ObjectType({ description: "A past roll call like the coming vote, with why it matched." })
export class WhipPrecedent {
  @Field(() => RollCall, { description: "The past roll call." })
  rollCall!: RollCall;

  @Field(() => Float, {
    description:
      "Similarity 0 to 1: with a text, the overlap of the words of four or more letters of the two titles and descriptions (Jaccard), 95%, and of their issue tags, 5%; with issue tags alone, the overlap of the tags.",
  })
  score!: number;

  @Field(() => Float, {
    description:
      "The text component of the score, 0 to 1: Jaccard overlap of the words of four or more letters of the two titles and descriptions; 0 without a text.",
  })
  textSimilarity!: number;

  @Field(() => Float, { description: "The issue component of the score, 0 to 1: Jaccard overlap of the issue tags; 0 without issue tags." })
  issueSimilarity!: number;

  @Field(() => [String], { description: "Why it matched: the issues and the most telling words it shares." })
  reasons!: string[];

  @Field(() => VotePosition, { nullable: true, description: "The group's position on it (plurality of members' votes); null on a tie or no votes." })
  groupPosition!: VotePosition | null;
}

@ObjectType({ description: "A member's vote on one precedent." })
export class WhipRecordEntry {
  @Field(() => RollCall, { description: "The precedent roll call." })
  rollCall!: RollCall;

  @Field(() => VotePosition, { nullable: true, description: "How the member voted; null when it did not vote." })
  position!: VotePosition | null;
}

@ObjectType({ description: "One member on the whip's sheet." })
export class WhipMember {
  /** Resolved to a Country by the field resolver. */
  code!: string;

  @Field(() => VotePosition, {
    nullable: true,
    description:
      "Predicted vote: the weighted plurality of its own votes on the five most similar recent roll calls it voted on (weights: similarity to the fourth power, times 0.7 per session of age), or its most frequent recent vote when it voted on none of them; null with no record or a tie.",
  })
  predictedPosition!: VotePosition | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "How often a prediction this sure was right, 0 to 1: the share of the weight behind the predicted vote, mapped to the accuracy such shares had when the sheet replayed the six sessions before the vote.",
  })
  confidence!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Weighted share of the votes its prediction rests on that differed from the group's expected position, 0 to 1; null with no record or no expected position.",
  })
  defectionRisk!: number | null;

  @Field(() => Boolean, {
    description:
      "Whether it sponsors the draft (`WhipSheetInput.sponsorCodes`): its prediction is then yes, with the sponsors' yes rate in the record before the vote as confidence.",
  })
  sponsor!: boolean;

  @sizedList(MOST_PRECEDENTS)
  @Field(() => [WhipRecordEntry], { description: "Its votes on the precedents, in the order of `precedents`." })
  record!: WhipRecordEntry[];
}

@ObjectType({ description: "A caucus whip's sheet for a coming vote: precedents, each member's record and forecast, and who is at risk of defecting." })
export class WhipSheet {
  @Field(() => VotePosition, {
    nullable: true,
    description: "The group's expected position: the plurality of members' predicted votes; null on a tie or with no precedents.",
  })
  expectedPosition!: VotePosition | null;

  @sizedList(MOST_PRECEDENTS)
  @Field(() => [WhipPrecedent], {
    description: "The most similar roll calls of the eight sessions before the vote (of the period asked for, when `from` is given), most similar first.",
  })
  precedents!: WhipPrecedent[];

  @Field(() => RecordCoverage, { description: "What the record the precedents come from covers." })
  coverage!: RecordCoverage;

  @sizedList(LARGEST_GROUP)
  @Field(() => [WhipMember], { description: "Every member, in the order given." })
  members!: WhipMember[];

  @sizedList(LARGEST_GROUP)
  @Field(() => [WhipMember], { description: "Members whose record most often differs from the expected position (risk above 0), riskiest first." })
  atRisk!: WhipMember[];
}
