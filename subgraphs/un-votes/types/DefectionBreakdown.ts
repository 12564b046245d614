import { Field, Float, Int, ObjectType } from "type-graphql";
import { UnIssue, VotePosition } from "./enums.js";
import { RollCall } from "./RollCall.js";
import { createConnectionType, type Connection } from "../../shared/connection.js";

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
