/** Campaigns for a UN Parliamentary Assembly and a UN World Citizens' Initiative (principle 11). */
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { connectionFrom } from "../../shared/connection.js";
import { attempt } from "../../shared/mutations/payload.js";
import { RoleMutation } from "../../shared/mutations/role-mutation.js";
import { EndorsementConnection, RecordEndorsementInput, EndorsementPayload, CampaignProgress, Endorsement } from "../types/campaigns.js";
import type { AllianceContext } from "../loaders.js";
import { toEndorsement } from "./mappers.js";
import { Country } from "../types/country.js";
import { Campaign, EndorserKind, Role } from "../types/enums.js";

@Resolver(() => CampaignProgress)
export class CampaignResolver {
  @Query(() => CampaignProgress, { nullable: true, description: "Where a campaign stands: its recorded endorsements." })
  campaign(@Arg("campaign", () => Campaign, { description: "Which campaign." }) campaign: Campaign): CampaignProgress {
    return { campaign };
  }

  @FieldResolver(() => Int, { description: "Endorsements by governments." })
  governmentCount(@Root() progress: CampaignProgress, @Ctx() context: AllianceContext) {
    return this.count(progress, EndorserKind.GOVERNMENT, context);
  }

  @FieldResolver(() => Int, { description: "Endorsements by parliaments." })
  parliamentCount(@Root() progress: CampaignProgress, @Ctx() context: AllianceContext) {
    return this.count(progress, EndorserKind.PARLIAMENT, context);
  }

  @FieldResolver(() => Int, { description: "Endorsements by organisations." })
  organizationCount(@Root() progress: CampaignProgress, @Ctx() context: AllianceContext) {
    return this.count(progress, EndorserKind.ORGANIZATION, context);
  }

  @FieldResolver(() => EndorsementConnection, { description: "Its endorsements, oldest first." })
  async endorsements(
    @Root() progress: CampaignProgress,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: AllianceContext,
  ) {
    const endorsements = (await context.loaders.endorsementsByCampaign.load(progress.campaign)).map(toEndorsement);
    return connectionFrom(`endorsements:${progress.campaign}`, endorsements, { first, after });
  }

  private async count(progress: CampaignProgress, kind: EndorserKind, context: AllianceContext): Promise<number> {
    return (await context.loaders.endorsementsByCampaign.load(progress.campaign)).filter((row) => row.endorser_kind === kind).length;
  }

  @RoleMutation([Role.SECRETARIAT], () => EndorsementPayload, "Records an endorsement of a campaign with its date and source.")
  recordEndorsement(
    @Arg("input", () => RecordEndorsementInput, { description: "The fields of the record; see the input type." }) input: RecordEndorsementInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("endorsement", () => toEndorsement(context.commands.endorsements.record(context.actor!, input)));
  }
}

@Resolver(() => Endorsement)
export class EndorsementResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The endorser's country, where it has one." })
  country(@Root() endorsement: Endorsement, @Ctx() context: AllianceContext): Promise<Country | null> | null {
    return endorsement.countryCode ? context.loaders.country.load(endorsement.countryCode) : null;
  }
}
