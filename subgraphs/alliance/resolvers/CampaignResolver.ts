/** Campaigns for a UN Parliamentary Assembly and a UN World Citizens' Initiative (principle 11). */
import { GraphQLDate } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AllianceContext } from "../loaders.js";
import type { EndorsementRow } from "../records.js";
import { CampaignProgress, Endorsement } from "../types/campaigns.js";
import { Country } from "../types/Country.js";
import { Campaign, EndorserKind, Role } from "../types/enums.js";

const toEndorsement = (row: EndorsementRow): Endorsement => ({
  id: String(row.id),
  campaign: row.campaign as Campaign,
  endorserKind: row.endorser_kind as EndorserKind,
  endorserName: row.endorser_name,
  countryCode: row.country_code,
  endorsedOn: row.endorsed_on,
  sourceTitle: row.source_title,
  sourceUrl: row.source_url,
});

@Resolver(() => CampaignProgress)
export class CampaignResolver {
  @Query(() => CampaignProgress, { description: "Where a campaign stands: its recorded endorsements." })
  async campaign(@Arg("campaign", () => Campaign, { description: "Which campaign." }) campaign: Campaign, @Ctx() context: AllianceContext): Promise<CampaignProgress> {
    const endorsements = (await context.loaders.endorsementsByCampaign.load(campaign)).map(toEndorsement);
    const count = (kind: EndorserKind) => endorsements.filter((e) => e.endorserKind === kind).length;
    return { campaign, endorsements, governments: count(EndorserKind.GOVERNMENT), parliaments: count(EndorserKind.PARLIAMENT), organizations: count(EndorserKind.ORGANIZATION) };
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Endorsement, { description: "Records an endorsement with its date and source." })
  recordEndorsement(
    @Arg("campaign", () => Campaign, { description: "Which campaign." }) campaign: Campaign,
    @Arg("endorserKind", () => EndorserKind, { description: "Government, parliament or organisation." }) endorserKind: EndorserKind,
    @Arg("endorserName", () => String, { description: "Who endorsed it." }) endorserName: string,
    @Arg("country", () => String, { nullable: true, description: "Alpha-3 code of the endorser's country, where it has one." }) country: string | null,
    @Arg("endorsedOn", () => GraphQLDate, { description: "Day of the endorsement." }) endorsedOn: Date,
    @Arg("sourceTitle", () => String, { description: "Where it is documented." }) sourceTitle: string,
    @Arg("sourceUrl", () => String, { nullable: true, description: "Address of the source." }) sourceUrl: string | null,
    @Ctx() context: AllianceContext,
  ): Endorsement {
    return toEndorsement(context.commands.recordEndorsement(context.actor!, { campaign, endorserKind, endorserName, country, endorsedOn, sourceTitle, sourceUrl }));
  }
}

@Resolver(() => Endorsement)
export class EndorsementResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The endorser's country, where it has one." })
  country(@Root() endorsement: Endorsement, @Ctx() context: AllianceContext): Promise<Country | null> | null {
    return endorsement.countryCode ? context.loaders.country.load(endorsement.countryCode) : null;
  }
}
