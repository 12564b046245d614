import { Field, ObjectType } from "type-graphql";
import { VotePosition } from "./enums.js";

@ObjectType({ description: "One state's vote in one roll call.", simpleResolvers: true })
export class Vote {
  /** Resolved to a Country by the field resolver. */
  countryCode!: string;
  /** Resolved to a RollCall by the field resolver. */
  row!: number;

  @Field(() => VotePosition, { description: "Yes, no or abstain." })
  position!: VotePosition;
}
