import { GraphQLDate } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
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
