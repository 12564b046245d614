import { GraphQLDate } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AllianceContext } from "../loaders.js";
import type { CaucusChangeRow } from "../records.js";
import { CaucusChange, UnDemocracyCaucus } from "../types/caucus.js";
import { Country } from "../types/Country.js";
import { AodMembershipStatus, CaucusChangeKind, Role } from "../types/enums.js";

export const CAUCUS_BODY: UnDemocracyCaucus = { id: "un-democracy-caucus" };

const toChange = (row: CaucusChangeRow): CaucusChange => ({
  id: String(row.id),
  countryCode: row.country_code,
  change: CaucusChangeKind[row.change],
  decidedOn: row.decided_on,
  grounds: row.grounds,
  recordedBy: row.recorded_by,
});

@Resolver(() => UnDemocracyCaucus)
export class CaucusResolver {
  @Query(() => UnDemocracyCaucus, { nullable: true, description: "The UN Democracy Caucus: its membership and recorded changes." })
  unDemocracyCaucus(): UnDemocracyCaucus {
    return CAUCUS_BODY;
  }

  @FieldResolver(() => [String], { description: "Alpha-3 codes of the caucus: the Alliance's members, with recorded additions and removals applied in order." })
  async memberCodes(@Ctx() context: AllianceContext): Promise<string[]> {
    const members = new Set((await context.loaders.membershipsByStatus.load(AodMembershipStatus.MEMBER)).map((row) => row.country_code));
    for (const change of await context.loaders.caucusChanges.load("all")) {
      if (change.change === "ADD") members.add(change.country_code);
      else members.delete(change.country_code);
    }
    return [...members].sort();
  }

  @FieldResolver(() => [CaucusChange], { description: "Recorded changes beyond the Alliance's members, oldest first." })
  async changes(@Ctx() context: AllianceContext): Promise<CaucusChange[]> {
    return (await context.loaders.caucusChanges.load("all")).map(toChange);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => CaucusChange, { description: "Records a state joining or leaving the caucus beyond the Alliance's own membership." })
  recordCaucusChange(
    @Arg("country", () => String, { description: "Alpha-3 code." }) country: string,
    @Arg("change", () => CaucusChangeKind, { description: "ADD or REMOVE." }) change: CaucusChangeKind,
    @Arg("grounds", () => String, { description: "Grounds, kept on the record." }) grounds: string,
    @Arg("decidedOn", () => GraphQLDate, { nullable: true, description: "Day decided; today when omitted." }) decidedOn: Date | null,
    @Ctx() context: AllianceContext,
  ): CaucusChange {
    return toChange(context.commands.recordCaucusChange(context.actor!, { country, change, grounds, decidedOn }));
  }
}

@Resolver(() => CaucusChange)
export class CaucusChangeResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The state." })
  country(@Root() change: CaucusChange, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(change.countryCode);
  }
}
