import { Field, Float, Int, ObjectType } from "type-graphql";
import { LARGEST_GROUP, sizedList } from "../../shared/cost.js";
import type { PooledGroupAnalysis } from "../analytics/pooled-group-analysis.js";
import type { Range } from "../analytics/vote-index.js";
import { GroupMembership } from "./enums.js";

@ObjectType({
  description:
    "How a group of states voted in the General Assembly over a session or period: cohesion (the Hix–Noury–Roland " +
    "Agreement Index), the group's position and each member's defections from it, dyadic agreement between members " +
    "(Voeten), and voting coincidence with a reference state (US State Department method). Only yes, no and abstain " +
    "count: absences and non-membership are not votes.",
})
export class GroupVoting {
  /** The computation behind every field, done once per group and period. */
  analysis!: PooledGroupAnalysis;

  /** The session or period asked about. */
  range!: Range;

  @sizedList(LARGEST_GROUP)
  @Field(() => [String], {
    name: "memberCodes",
    description: "Alpha-3 codes of the members analysed, as given (with MEMBERS_ON_EACH_DATE: every state that belonged at some time).",
  })
  codes!: string[];

  @Field(() => GroupMembership, { description: "Whose votes count on each roll call: today's members, or the members on its date." })
  membership!: GroupMembership;

  @Field(() => Int, {
    name: "countedRollCallCount",
    description: "Roll calls in the period on which the group cast at least 2 votes: those the cohesion is averaged over.",
  })
  countedRollCalls!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Mean Agreement Index over the counted roll calls: AI = (max(Y,N,A) − ½((Y+N+A) − max(Y,N,A))) / (Y+N+A), 1 when all vote alike; null when no roll call counted.",
  })
  cohesion!: number | null;
}
