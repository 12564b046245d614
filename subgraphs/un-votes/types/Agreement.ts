import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType("VotingComparison", {
  description: "How closely two states voted over a session or period. Only roll calls both voted on count (absences excluded).",
})
export class Agreement {
  /** Resolved to a Country by the field resolver. */
  withCode!: string;
  /** The two states' columns and the period's rows, for the comparison by session. */
  columns!: [number, number];
  rows!: number[];

  @Field(() => Float, {
    nullable: true,
    description: "Dyadic agreement (Voeten): same vote 1, one abstains 0.5, yes against no 0; the mean. Null when they never both voted.",
  })
  agreement!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Voting coincidence, US State Department method: (same + ½ partial) / (same + opposite + partial), both-abstain left out.",
  })
  coincidence!: number | null;

  @Field(() => Int, { name: "rollCallCount", description: "Roll calls both voted on." })
  rollCalls!: number;

  @Field(() => Int, { description: "Identical yes or no votes." })
  same!: number;

  @Field(() => Int, { description: "Both abstained." })
  bothAbstained!: number;

  @Field(() => Int, { description: "Exactly one abstained." })
  partial!: number;

  @Field(() => Int, { description: "Yes against no." })
  opposite!: number;
}
