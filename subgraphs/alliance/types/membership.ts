/** Membership of the Alliance: a state's standing, the decisions that made it, and the mutations that record them. */
import { GraphQLDate, GraphQLDateTime } from "graphql-scalars";
import { ObjectType, Field, ID, InputType } from "type-graphql";
import { createPayloadType } from "../../shared/mutations/payload.js";
import { COUNTRY_CODE, GROUNDS, DECIDED_ON } from "./descriptions.js";
import { AodMembershipStatus, EligibilityPolicy } from "./enums.js";
import { EligibilityEvidence } from "./ratings.js";

@ObjectType({
  description:
    "A state's standing in the Alliance of Democracies, from the latest membership decision recorded for it. " +
    "The store starts with no members: founding members are admitted by recorded decisions, not seeded. " +
    "Decisions are recorded by `applyForMembership`, `admitMember` (with its eligibility evidence), `suspendMember` and " +
    "`withdrawMembership`; a state with none reads NOT_A_MEMBER.",
})
export class AodMembership {
  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => AodMembershipStatus, { description: "Current status." })
  status!: AodMembershipStatus;

  @Field(() => GraphQLDate, { nullable: true, description: "Day of the decision that set the current status; null when none was recorded." })
  since!: string | null;
}

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

@InputType({ description: "A membership decision about one state: application, suspension or withdrawal." })
export class MembershipDecisionInput {
  @Field(() => String, { description: COUNTRY_CODE })
  countryCode!: string;

  @Field(() => String, { description: GROUNDS })
  grounds!: string;

  @Field(() => GraphQLDate, { nullable: true, description: DECIDED_ON })
  decidedOn?: Date | null;
}

@InputType({ description: "The admission of an applicant." })
export class AdmitMemberInput extends MembershipDecisionInput {
  @Field(() => EligibilityPolicy, { nullable: true, description: "The policy to assess by; the one in force when omitted." })
  policy?: EligibilityPolicy | null;

  @Field(() => String, { nullable: true, description: "Why a state that is not eligible (or has no rating) is admitted anyway; recorded with the decision." })
  overrideReason?: string | null;
}

export const MembershipDecisionPayload = createPayloadType(
  "MembershipDecisionPayload",
  "decision",
  MembershipDecision,
  "The membership decision recorded, or why it was refused.",
);
