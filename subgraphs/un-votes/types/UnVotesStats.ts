import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How much of the General Assembly record the hub holds." })
export class UnVotesStats {
  @Field(() => Int, { name: "rollCallCount", description: "Roll calls." })
  rollCalls!: number;

  @Field(() => Int, { name: "voteCount", description: "Votes cast (yes, no or abstain); absences are not votes." })
  votes!: number;

  @Field(() => Int, { name: "issueTagCount", description: "Issue tags on roll calls." })
  issueTags!: number;

  @Field(() => Int, { name: "countryCount", description: "Countries (historical states each under their own code) with at least one vote." })
  countries!: number;
}
