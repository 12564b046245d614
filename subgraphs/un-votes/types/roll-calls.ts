/** The General Assembly's roll calls and votes: the record, its filter, its pages, and a state's votes by session. */
import { GraphQLDate } from "graphql-scalars";
import { ObjectType, Field, ID, Int, InputType, Float } from "type-graphql";
import { createConnectionType, type Connection } from "../../shared/connection.js";
import { Country } from "./country.js";
import { RollCallSource, UnIssue, VotePosition } from "./enums.js";

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

export const RollCallConnection = createConnectionType("RollCall", RollCall, "A page of roll calls.");

export type RollCallConnection = Connection<RollCall>;

@InputType({ description: "Which roll calls to list. All conditions given must hold." })
export class RollCallFilter {
  @Field(() => Int, { nullable: true, description: "General Assembly session." })
  session?: number | null;

  @Field(() => GraphQLDate, { nullable: true, description: "On or after this day." })
  from?: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: "On or before this day." })
  to?: Date | null;

  @Field(() => UnIssue, { nullable: true, description: "Carrying this issue tag." })
  issue?: UnIssue | null;

  @Field(() => String, { nullable: true, description: "Containing this text (case-insensitive) in the resolution symbol, short title or description." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "On which this country (alpha-3 code) cast a vote." })
  countryCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Whose draft this state (alpha-3 code) sponsored or joined as an additional sponsor, as the UN's resolution files list them: the Voeten record names no sponsors, so only votes those files record (session 74 on) can match.",
  })
  sponsor?: string | null;
}

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

// A session's listing is 18,000 edges: no middleware on these fields.
export const VoteConnection = createConnectionType("Vote", Vote, "A page of votes.", { simpleResolvers: true });

export type VoteConnection = Connection<Vote>;

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
