import { Field, ObjectType } from "type-graphql";
import { LARGEST_GROUP, sizedList } from "../../shared/cost.js";
import { MOST_PRECEDENTS } from "../analytics/whip-sheet.js";
import { VotePosition } from "./enums.js";
import { WhipMember } from "./WhipMember.js";
import { WhipPrecedent } from "./WhipPrecedent.js";
import { RecordCoverage } from "./RecordCoverage.js";

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
