import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A state's votes in one General Assembly session." })
export class SessionVotes {
  @Field(() => Int, { description: "General Assembly session." })
  session!: number;

  @Field(() => Int, { description: "Roll calls the General Assembly held in the session (of the period asked), whether or not the state voted." })
  rollCallCount!: number;

  @Field(() => Int, { description: "Yes votes." })
  yes!: number;

  @Field(() => Int, { description: "No votes." })
  no!: number;

  @Field(() => Int, { description: "Abstentions." })
  abstain!: number;
}

@ObjectType({ description: "Two states' agreement in one General Assembly session." })
export class SessionAgreement {
  @Field(() => Int, { description: "General Assembly session." })
  session!: number;

  @Field(() => Int, { name: "rollCallCount", description: "Roll calls of the session both voted on." })
  rollCalls!: number;

  @Field(() => Float, { nullable: true, description: "Dyadic agreement (Voeten) in the session; null when they never both voted." })
  agreement!: number | null;

  @Field(() => Float, { nullable: true, description: "Voting coincidence (US State Department method) in the session." })
  coincidence!: number | null;
}
