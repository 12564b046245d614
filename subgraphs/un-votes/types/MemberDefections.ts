import { Field, Int, ObjectType } from "type-graphql";
import type { PooledGroupAnalysis } from "../analytics/pooled-group-analysis.js";

@ObjectType({ description: "A member's votes that differed from the group's position (the plurality of members' votes; no position on a tie)." })
export class MemberDefections {
  /** Resolved to a Country by the field resolver. */
  code!: string;
  /** Index rows of the roll calls defected on, oldest first. */
  rows!: number[];
  /** The group's analysis, for the breakdowns and each defection's group position. */
  analysis!: PooledGroupAnalysis;

  @Field(() => Int, { name: "defectionCount", description: "Number of defections." })
  count!: number;

  @Field(() => Int, {
    name: "comparedRollCallCount",
    description: "Roll calls of the period with a group position on which the member voted yes, no or abstain: the denominator of `defectionShare`.",
  })
  compared!: number;
}
