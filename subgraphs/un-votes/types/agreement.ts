/** How often states vote alike: pairs, members against their group, and the comparison of two states. */
import { ObjectType, Field, Float, Int } from "type-graphql";
import { createConnectionType } from "../../shared/connection.js";

@ObjectType("MemberCoincidence", {
  description:
    "A member's voting coincidence with a reference state, US State Department method (2017–2020): (same + ½ partial) / (same + opposite + partial); " +
    "same = identical yes or no, partial = exactly one of the two abstained; roll calls both abstained on, and absences, are left out.",
})
export class Coincidence {
  /** Resolved to a Country by the field resolver. */
  code!: string;

  @Field(() => Float, { nullable: true, description: "The coincidence, 0 to 1; null when there is nothing to compare." })
  coincidence!: number | null;

  @Field(() => Int, { description: "Identical yes or no votes." })
  same!: number;

  @Field(() => Int, { description: "Yes against no." })
  opposite!: number;

  @Field(() => Int, { description: "Exactly one of the two abstained." })
  partial!: number;

  @Field(() => Int, { description: "Both abstained (not counted in the coincidence)." })
  bothAbstained!: number;
}

@ObjectType({
  description: "Dyadic agreement of two members (Voeten): same vote 1, one abstains 0.5, yes against no 0; the mean over roll calls both voted on.",
})
export class Dyad {
  /** Resolved to Countries by the field resolver. */
  aCode!: string;
  bCode!: string;

  @Field(() => Float, { nullable: true, description: "The agreement, 0 to 1; null when the two never voted on the same roll call." })
  agreement!: number | null;

  @Field(() => Int, { name: "rollCallCount", description: "Roll calls both voted on." })
  rollCalls!: number;
}

export const DyadConnection = createConnectionType("Dyad", Dyad, "Pairs of members and their agreement, in the order members were given.");

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
