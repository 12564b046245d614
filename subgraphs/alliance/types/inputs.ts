/** The input objects of the Alliance's mutations: one per mutation, fields in the order a person reads them. */
import { GraphQLDate } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { ActivityKind } from "../../shared/bodies/Activity.js";
import { PartialDate } from "../../shared/scalars/PartialDate.js";
import {
  Campaign,
  CaucusChangeKind,
  EligibilityPolicy,
  EndorserKind,
  ParticipantKind,
  RecommendationDimension,
  ResponseStatus,
  SanctionGrounds,
  VotePosition,
} from "./enums.js";

const COUNTRY_CODE = "Alpha-3 code of the state.";
const GROUNDS = "The grounds of the decision, kept on the record.";
const DECIDED_ON = "Day of the decision; today when omitted.";

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

@InputType({ description: "A state joining or leaving the UN Democracy Caucus beyond the Alliance's own members." })
export class RecordCaucusChangeInput {
  @Field(() => String, { description: COUNTRY_CODE })
  countryCode!: string;

  @Field(() => CaucusChangeKind, { description: "ADD or REMOVE." })
  change!: CaucusChangeKind;

  @Field(() => String, { description: GROUNDS })
  grounds!: string;

  @Field(() => GraphQLDate, { nullable: true, description: DECIDED_ON })
  decidedOn?: Date | null;
}

@InputType({ description: "A parliamentarian, civil society organisation or opposition leader to register." })
export class RegisterParticipantInput {
  @Field(() => ParticipantKind, { description: "What kind of participant." })
  kind!: ParticipantKind;

  @Field(() => String, { description: "The name, as it should be shown." })
  name!: string;

  @Field(() => String, { description: "Alpha-3 code of the participant's country." })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: "A parliamentarian's chamber (required for one)." })
  chamber?: string | null;

  @Field(() => String, { nullable: true, description: "Party." })
  party?: string | null;

  @Field(() => Boolean, { nullable: true, description: "A parliamentarian's party in government (true) or opposition (false); required for one." })
  inGovernment?: boolean | null;

  @Field(() => String, { nullable: true, description: "Short description." })
  description?: string | null;
}

@InputType({ description: "A proposal to put to the Alliance." })
export class SubmitProposalInput {
  @Field(() => String, { description: "Title (up to 300 characters)." })
  title!: string;

  @Field(() => String, { description: "Text (up to 20,000 characters)." })
  text!: string;
}

@InputType({ description: "The proposal to co-sponsor." })
export class CosponsorProposalInput {
  @Field(() => ID, { description: "Proposal id." })
  proposalId!: string;
}

@InputType({ description: "A vote on a proposal or a sanction proposal." })
export class CastVoteInput {
  @Field(() => ID, { description: "Id of the proposal voted on." })
  proposalId!: string;

  @Field(() => VotePosition, { description: "The vote." })
  position!: VotePosition;
}

@InputType({ description: "Evidence about a state on one of the grounds for sanctions." })
export class RecordEvidenceInput {
  @Field(() => String, { description: COUNTRY_CODE })
  countryCode!: string;

  @Field(() => SanctionGrounds, { description: "The grounds it bears on." })
  grounds!: SanctionGrounds;

  @Field(() => String, { description: "What was observed." })
  description!: string;

  @Field(() => GraphQLDate, { description: "Day observed." })
  observedOn!: Date;

  @Field(() => String, { description: "Where it is documented." })
  sourceTitle!: string;

  @Field(() => String, { nullable: true, description: "Address of the source." })
  sourceUrl?: string | null;
}

@InputType({ description: "Sanctions proposed against a government, on recorded evidence about it." })
export class ProposeSanctionInput {
  @Field(() => String, { description: "Alpha-3 code of the targeted state." })
  targetCountryCode!: string;

  @Field(() => SanctionGrounds, { description: "The grounds." })
  grounds!: SanctionGrounds;

  @Field(() => String, { description: "The measures proposed." })
  measures!: string;

  @Field(() => [ID], { description: "Ids of recorded evidence about the target on these grounds." })
  evidenceIds!: string[];
}

@InputType({ description: "A session of the citizens' assembly to open." })
export class OpenAssemblySessionInput {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => GraphQLDate, { nullable: true, description: "Day it opens; today when omitted." })
  openedOn?: Date | null;

  @Field(() => String, { nullable: true, description: "Where; omit when online." })
  location?: string | null;
}

@InputType({ description: "A citizen to seat in a session of the assembly." })
export class AddAssemblyMemberInput {
  @Field(() => ID, { description: "Session id." })
  sessionId!: string;

  @Field(() => String, { description: "The name, as it should be shown." })
  name!: string;

  @Field(() => String, { description: "Alpha-3 code of the country of residence." })
  residenceCountryCode!: string;
}

@InputType({ description: "A recommendation the assembly adopted." })
export class AdoptRecommendationInput {
  @Field(() => ID, { description: "Session id." })
  sessionId!: string;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "The recommendation's text." })
  text!: string;

  @Field(() => RecommendationDimension, { description: "Internal or external." })
  dimension!: RecommendationDimension;

  @Field(() => GraphQLDate, { nullable: true, description: "Day adopted; today when omitted." })
  adoptedOn?: Date | null;
}

@InputType({ description: "The answer to a recommendation." })
export class RespondToRecommendationInput {
  @Field(() => ID, { description: "Recommendation id." })
  recommendationId!: string;

  @Field(() => ResponseStatus, { description: "Accepted, partly accepted, rejected, or under consideration." })
  status!: ResponseStatus;

  @Field(() => String, { description: "The answer." })
  text!: string;

  @Field(() => GraphQLDate, { nullable: true, description: "Day answered; today when omitted." })
  respondedOn?: Date | null;
}

@InputType({ description: "An endorsement of a campaign." })
export class RecordEndorsementInput {
  @Field(() => Campaign, { description: "Which campaign." })
  campaign!: Campaign;

  @Field(() => EndorserKind, { description: "Government, parliament or organisation." })
  endorserKind!: EndorserKind;

  @Field(() => String, { description: "Who endorsed it." })
  endorserName!: string;

  @Field(() => String, { nullable: true, description: "Alpha-3 code of the endorser's country, where it has one." })
  countryCode?: string | null;

  @Field(() => GraphQLDate, { description: "Day of the endorsement." })
  endorsedOn!: Date;

  @Field(() => String, { description: "Where it is documented." })
  sourceTitle!: string;

  @Field(() => String, { nullable: true, description: "Address of the source." })
  sourceUrl?: string | null;
}

@InputType({ description: "An activity or planned structure of the Alliance." })
export class RecordActivityInput {
  @Field(() => ActivityKind, { description: "What kind of activity." })
  kind!: ActivityKind;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Description." })
  description?: string | null;

  @Field(() => [String], { description: "Topics (stored lower case)." })
  topics!: string[];

  @Field(() => [String], { defaultValue: [], description: "Alpha-3 codes of the participating countries." })
  countryCodes!: string[];

  @Field(() => PartialDate, { nullable: true, description: "Start, as precise as known." })
  startDate?: string | null;

  @Field(() => PartialDate, { nullable: true, description: "End, as precise as known." })
  endDate?: string | null;

  @Field(() => String, { description: "Where it is documented." })
  sourceTitle!: string;

  @Field(() => String, { nullable: true, description: "Address of the source." })
  sourceUrl?: string | null;
}
