import { Field, ObjectType } from "type-graphql";
import { Country } from "./Country.js";
import { VotePosition } from "./enums.js";

@ObjectType({ description: "One state's vote in one roll call.", simpleResolvers: true })
export class Vote {
  countryCode!: string;
  /** Resolved to a RollCall by the field resolver. */
  row!: number;

  @Field(() => VotePosition, { description: "Yes, no or abstain." })
  position!: VotePosition;

  /** Set when the vote is listed (a lookup in the request's snapshot), not by a resolver per vote: listings hold thousands. */
  @Field(() => Country, { nullable: true, description: "The state that voted." })
  country!: Country | null;
}
