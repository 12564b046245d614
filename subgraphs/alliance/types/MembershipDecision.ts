import { GraphQLDate, GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { AodMembershipStatus, EligibilityPolicy } from "./enums.js";
import { EligibilityEvidence } from "./ratings.js";

@ObjectType({ description: "A recorded membership decision: who decided what, when, on what grounds, and the eligibility evidence at the time." })
export class MembershipDecision {
  @Field(() => ID, { description: "Decision id." })
  id!: string;

  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => AodMembershipStatus, { description: "The status the decision set." })
  status!: AodMembershipStatus;

  @Field(() => GraphQLDate, { description: "Day of the decision." })
  decidedOn!: string;

  @Field(() => String, { description: "The grounds given." })
  grounds!: string;

  @Field(() => EligibilityPolicy, { nullable: true, description: "The eligibility policy in force, for admissions and applications." })
  policy!: EligibilityPolicy | null;

  @Field(() => Boolean, { nullable: true, description: "The state's eligibility at the time under that policy; null when unknown or not assessed." })
  eligibleAtTheTime!: boolean | null;

  @Field(() => [EligibilityEvidence], { description: "The ratings the decision saw." })
  evidence!: EligibilityEvidence[];

  @Field(() => String, { nullable: true, description: "Set when an ineligible (or unrated) state was admitted anyway: the recorded reason for overriding." })
  overrideReason!: string | null;

  @Field(() => String, {
    description:
      "Who recorded it: for the secretariat, the recorder's token subject (as in the audit log); for everyone else, the recorder's role (`secretariat`, `delegate of CAN`).",
  })
  recordedBy!: string;

  /** The recorder's role as others see it; null for a row whose recorder's role was not logged. */
  recorderLabel!: string | null;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  recordedAt!: string;
}
