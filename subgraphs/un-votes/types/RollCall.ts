import { GraphQLDate } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { RollCallSource, UnIssue } from "./enums.js";

@ObjectType({ description: "A recorded vote of the UN General Assembly (a roll call), with its totals and the votes cast." })
export class RollCall {
  @Field(() => ID, {
    description:
      "Stable id: the roll-call id of the Voeten data; for a vote only the UN's resolution files record, 100,000,000 + session × 100,000 + number × 10 + part, from its symbol; or 1,000,000,000 + the UN Digital Library record id.",
  })
  id!: string;

  /** The row of this roll call in the vote index. */
  row!: number;

  @Field(() => Int, { description: "General Assembly session: the regular session in progress, also for a vote of an emergency or special session." })
  session!: number;

  @Field(() => String, { nullable: true, description: "The emergency or special session the vote was held in (`ES-11`, `S-32`); null for a regular session." })
  specialSession!: string | null;

  @Field(() => RollCallSource, {
    description: "Where its votes come from: the Voeten record where it has the roll call, the UN's resolution files for what it lacks.",
  })
  source!: RollCallSource;

  @Field(() => Boolean, { description: "Whether the UN's resolution files record this vote (their sponsors are then known)." })
  inUnResolutions!: boolean;

  /** Sponsor codes, resolved to countries by the resolver. */
  sponsorCodes!: string[];
  additionalSponsorCodes!: string[];

  @Field(() => String, {
    nullable: true,
    description: "Who submitted the draft when not states, as the UN's files say (e.g. `SUBMITTED BY THE CHAIR OF THE COMMITTEE`); null otherwise.",
  })
  sponsorNote!: string | null;

  @Field(() => GraphQLDate, { description: "Day of the vote." })
  date!: string;

  @Field(() => String, { nullable: true, description: "Resolution symbol as the source gives it (e.g. `R/1/66`, `A/RES/74/123`); null when none." })
  resolution!: string | null;

  @Field(() => String, { nullable: true, description: "Short title." })
  shortTitle!: string | null;

  @Field(() => String, { nullable: true, description: "Description of what was voted on." })
  description!: string | null;

  @Field(() => [UnIssue], { description: "Issue tags; empty when the roll call carries none." })
  issues!: UnIssue[];

  @Field(() => Boolean, { nullable: true, description: "Whether the US State Department listed it as an important vote; null where the source does not say." })
  important!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the vote was on an amendment; null where the source does not say." })
  amendment!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the vote was on a paragraph; null where the source does not say." })
  paragraph!: boolean | null;

  @Field(() => Int, { description: "Yes votes recorded." })
  yes!: number;

  @Field(() => Int, { description: "No votes recorded." })
  no!: number;

  @Field(() => Int, { description: "Abstentions recorded." })
  abstain!: number;
}
