import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "The group's cohesion in one session." })
export class SessionCohesion {
  @Field(() => Int, { description: "General Assembly session." })
  session!: number;

  @Field(() => Float, { nullable: true, description: "Mean Agreement Index in that session; null when no roll call counted." })
  cohesion!: number | null;

  @Field(() => Int, { name: "countedRollCallCount", description: "Roll calls counted in that session (the group cast at least 2 votes)." })
  countedRollCalls!: number;
}
