import { Field, Float, ObjectType } from "type-graphql";
import { sizedList } from "../../shared/cost.js";
import { MOST_PRECEDENTS } from "../analytics/whip-sheet.js";
import { VotePosition } from "./enums.js";
import { RollCall } from "./RollCall.js";

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
