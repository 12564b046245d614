import { Field, Float, Int, ObjectType } from "type-graphql";

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
