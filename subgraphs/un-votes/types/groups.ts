/** A group's voting: its positions, tallies, cohesion by session and its members' defections. */
import { ObjectType, Field, Int, Float } from "type-graphql";
import { createConnectionType, type Connection } from "../../shared/connection.js";
import { sizedList, LARGEST_GROUP } from "../../shared/cost.js";
import type { PooledGroupAnalysis } from "../analytics/pooled-group-analysis.js";
import type { Range } from "../analytics/vote-index.js";
import { VotePosition, UnIssue, GroupMembership } from "./enums.js";
import { RollCall } from "./roll-calls.js";

/**
 * A group's votes on one roll call and its position, for the types that show a group on a roll
 * call to extend. type-graphql inherits fields only from a decorated class; this one never
 * appears in the schema because no field returns it.
 */
@ObjectType("GroupTally")
export abstract class GroupTally {
  @Field(() => VotePosition, { nullable: true, description: "The plurality of the members' votes; null on a tie or when no member voted." })
  position!: VotePosition | null;

  @Field(() => Int, { description: "Members voting yes." })
  yes!: number;

  @Field(() => Int, { description: "Members voting no." })
  no!: number;

  @Field(() => Int, { description: "Members abstaining." })
  abstain!: number;
}

@ObjectType({ description: "The group on one roll call: its members' votes, its position and its Agreement Index." })
export class GroupPosition extends GroupTally {
  @Field(() => RollCall, { description: "The roll call." })
  rollCall!: RollCall;

  @Field(() => Float, { nullable: true, description: "Agreement Index on this roll call; null when fewer than 2 members voted." })
  agreementIndex!: number | null;
}

export const GroupPositionConnection = createConnectionType("GroupPosition", GroupPosition, "A page of the group's positions, oldest roll call first.");

export type GroupPositionConnection = Connection<GroupPosition>;

@ObjectType({
  description:
    "A roll call in a group's light: how the group's members voted, the group's position, who voted otherwise and who cast no vote. The rules are those of `GroupVoting`: the position is the plurality of the members' yes, no and abstain votes; a defection is a member's vote that differs from it.",
})
export class RollCallInGroup extends GroupTally {
  @Field(() => [String], { description: "The group's members as asked, by code, sorted and without repeats." })
  memberCodes!: string[];

  @Field(() => [String], { description: "Members whose vote differs from the group's position, by code; empty when the group has no position." })
  defectorCodes!: string[];

  @Field(() => [String], {
    description: "Members with no yes, no or abstain recorded, by code: absent, present but not voting, or not a member of the UN on that day.",
  })
  absentCodes!: string[];
}

@ObjectType({ description: "The group's cohesion in one session." })
export class SessionCohesion {
  @Field(() => Int, { description: "General Assembly session." })
  session!: number;

  @Field(() => Float, { nullable: true, description: "Mean Agreement Index in that session; null when no roll call counted." })
  cohesion!: number | null;

  @Field(() => Int, { name: "countedRollCallCount", description: "Roll calls counted in that session (the group cast at least 2 votes)." })
  countedRollCalls!: number;
}

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

/**
 * The counts every breakdown of a member's defections shares: defections over the roll calls
 * compared. Never in the schema itself (no field returns it); the breakdowns extend it.
 */
@ObjectType("DefectionCounts")
abstract class DefectionCountsType {
  @Field(() => Int, { name: "comparedRollCallCount", description: "Roll calls with a group position on which the member voted yes, no or abstain." })
  compared!: number;

  @Field(() => Int, { name: "defectionCount", description: "Those on which its vote differed from the group's position." })
  count!: number;

  @Field(() => Float, {
    nullable: true,
    description: "defectionCount / comparedRollCallCount, 0 to 1; 1 − this is how often the member voted with its group.",
  })
  defectionShare!: number | null;
}

@ObjectType({ description: "A member's defections from its group in one General Assembly session." })
export class SessionDefections extends DefectionCountsType {
  @Field(() => Int, { description: "General Assembly session." })
  session!: number;
}

@ObjectType({ description: "A member's defections from its group on roll calls carrying one issue tag (a roll call with several tags counts under each)." })
export class IssueDefections extends DefectionCountsType {
  @Field(() => UnIssue, { description: "The issue tag." })
  issue!: UnIssue;
}

@ObjectType({ description: "A member's vote that differed from its group's position, with that position." })
export class Defection {
  @Field(() => RollCall, { description: "The roll call." })
  rollCall!: RollCall;

  @Field(() => VotePosition, { description: "How the member voted." })
  vote!: VotePosition;

  @Field(() => VotePosition, { description: "The group's position (the plurality of its members' votes)." })
  groupPosition!: VotePosition;
}

export const DefectionConnection = createConnectionType("Defection", Defection, "A page of a member's defections, most recent first.");

export type DefectionConnection = Connection<Defection>;

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
