import { Field, Float, ObjectType } from "type-graphql";
import { VotePosition } from "./enums.js";
import { RollCall } from "./RollCall.js";

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
