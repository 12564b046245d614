import { loadKnown } from "../../shared/loaders.js";
import { MembershipSpell, membersOn, undatedSpells, type Spell } from "../../shared/bodies/membership-spells.js";
import { PartialDate } from "../../shared/scalars/PartialDate.js";
import { Arg, Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import { BODY_FIELD_DESCRIPTIONS } from "../../shared/bodies/body-types.js";
import { Activity } from "../types/bodies.js";
import { Country, GoverningCouncilSeat } from "../types/country.js";
import type { CodContext } from "../loaders.js";
import { CommunityOfDemocracies, Founding, Secretariat, WorkingGroup } from "../types/community-of-democracies.js";

export const COD_BODY: CommunityOfDemocracies = { id: "community-of-democracies", name: "Community of Democracies" };

@Resolver(() => CommunityOfDemocracies)
export class CommunityOfDemocraciesResolver {
  @Query(() => CommunityOfDemocracies, {
    nullable: true,
    description: "The Community of Democracies: Governing Council, working groups, secretariat, founding.",
  })
  communityOfDemocracies(): CommunityOfDemocracies {
    return COD_BODY;
  }

  @FieldResolver(() => [GoverningCouncilSeat], { nullable: true, description: "The states on the Governing Council, ordered by country code." })
  governingCouncil(@Ctx() context: CodContext): Promise<GoverningCouncilSeat[]> {
    return context.loaders.governingCouncil.load("all");
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: "Alpha-3 codes of the Governing Council states, ordered by code: the members the hub compares and other subgraphs analyse.",
  })
  async memberCodes(@Ctx() context: CodContext): Promise<string[]> {
    return (await context.loaders.governingCouncil.load("all")).map((seat) => seat.countryCode);
  }

  @FieldResolver(() => [Country], {
    nullable: true,
    description: `${BODY_FIELD_DESCRIPTIONS.members} The hub counts the Governing Council's states as the Community's members.`,
  })
  async members(@Ctx() context: CodContext): Promise<Country[]> {
    return loadKnown(context.loaders.country, await this.memberCodes(context));
  }

  @FieldResolver(() => [MembershipSpell], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.membershipSpells })
  async membershipSpells(@Ctx() context: CodContext): Promise<Spell[]> {
    // The Governing Council's list is as checked against its source, without dates of election.
    return undatedSpells(await this.memberCodes(context));
  }

  @FieldResolver(() => [String], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.memberCodesOn })
  async memberCodesOn(@Arg("date", () => PartialDate, { description: "The date or year." }) date: string, @Ctx() context: CodContext): Promise<string[]> {
    return membersOn(await this.membershipSpells(context), date);
  }

  @FieldResolver(() => [Activity], { nullable: true, description: "Its activities: working groups, initiatives and standing structures, oldest first." })
  activities(@Ctx() context: CodContext): Promise<Activity[]> {
    return context.loaders.activities.load("all");
  }

  @FieldResolver(() => [WorkingGroup], { nullable: true, description: "Working groups, ordered by name." })
  workingGroups(@Ctx() context: CodContext): Promise<WorkingGroup[]> {
    return context.loaders.workingGroups.load("all");
  }

  @FieldResolver(() => Secretariat, { nullable: true, description: "The Permanent Secretariat." })
  secretariat(@Ctx() context: CodContext): Promise<Secretariat | null> {
    return context.loaders.secretariat.load("all");
  }

  @FieldResolver(() => Founding, { nullable: true, description: "The founding act." })
  founding(@Ctx() context: CodContext): Promise<Founding | null> {
    return context.loaders.founding.load("all");
  }
}
