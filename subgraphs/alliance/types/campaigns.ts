/** Campaigns for a UN Parliamentary Assembly and a UN World Citizens' Initiative: endorsements. */
import { GraphQLDate } from "graphql-scalars";
import { ObjectType, Field, ID, InputType } from "type-graphql";
import { createConnectionType } from "../../shared/connection.js";
import { createPayloadType } from "../../shared/mutations/payload.js";
import { Campaign, EndorserKind } from "./enums.js";

@ObjectType({ description: "An endorsement of a campaign, with its date and source." })
export class Endorsement {
  @Field(() => ID, { description: "Endorsement id." })
  id!: string;

  @Field(() => Campaign, { description: "The campaign endorsed." })
  campaign!: Campaign;

  @Field(() => EndorserKind, { description: "Government, parliament or organisation." })
  endorserKind!: EndorserKind;

  @Field(() => String, { description: "Who endorsed it." })
  endorserName!: string;

  /** Resolved to a Country by the field resolver. */
  countryCode!: string | null;

  @Field(() => GraphQLDate, { description: "Day of the endorsement." })
  endorsedOn!: string;

  @Field(() => String, { description: "Where it is documented." })
  sourceTitle!: string;

  @Field(() => String, { nullable: true, description: "Address of the source." })
  sourceUrl!: string | null;
}

@ObjectType({ description: "Where a campaign stands: its endorsements by kind." })
export class CampaignProgress {
  @Field(() => Campaign, { description: "The campaign." })
  campaign!: Campaign;
}

export const EndorsementConnection = createConnectionType("Endorsement", Endorsement, "Endorsements, oldest first.");

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

export const EndorsementPayload = createPayloadType("EndorsementPayload", "endorsement", Endorsement, "The endorsement recorded, or why it was refused.");
