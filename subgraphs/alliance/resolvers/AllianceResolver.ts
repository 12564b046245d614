import { loadKnown } from "../../shared/loaders.js";
import { MembershipSpell, membersOn, spellsFromEvents, type MembershipEvent, type Spell } from "../../shared/bodies/membership-spells.js";
import { PartialDate } from "../../shared/scalars/PartialDate.js";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from "type-graphql";
import { BODY_FIELD_DESCRIPTIONS } from "../../shared/bodies/body-types.js";
import type { AllianceContext } from "../loaders.js";
import { Alliance } from "../types/alliance.js";
import { Activity } from "../types/bodies.js";
import { Country } from "../types/country.js";
import { AodMembershipStatus, EligibilityPolicy } from "../types/enums.js";

/** Joins and departures of the Alliance from its decisions: admitted opens a membership, any later status (suspended, withdrawn) closes it. */
export async function allianceEvents(context: AllianceContext): Promise<MembershipEvent[]> {
  return (await context.loaders.allDecisions.load("all")).map((row) => ({ countryCode: row.country_code, on: row.decided_on, joins: row.status === "MEMBER" }));
}

export const ALLIANCE_BODY: Alliance = { id: "alliance-of-democracies", name: "Alliance of Democracies" };

@Resolver(() => Alliance)
export class AllianceResolver {
  @Query(() => Alliance, { nullable: true, description: "The proposed Alliance of Democracies and its membership." })
  alliance(): Alliance {
    return ALLIANCE_BODY;
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: "Alpha-3 codes of the current members (latest decision: admitted), ordered by code: the group other subgraphs analyse.",
  })
  async memberCodes(@Ctx() context: AllianceContext): Promise<string[]> {
    return this.codesWithStatus(AodMembershipStatus.MEMBER, context);
  }

  @FieldResolver(() => [Country], {
    nullable: true,
    description: `${BODY_FIELD_DESCRIPTIONS.members} Each one's standing and decisions are on \`Country.aodMembership\` and \`aodDecisions\`.`,
  })
  async members(@Ctx() context: AllianceContext): Promise<Country[]> {
    return loadKnown(context.loaders.country, await this.codesWithStatus(AodMembershipStatus.MEMBER, context));
  }

  @FieldResolver(() => Int, { nullable: true, description: "Number of current members." })
  async memberCount(@Ctx() context: AllianceContext): Promise<number> {
    return (await this.codesWithStatus(AodMembershipStatus.MEMBER, context)).length;
  }

  @FieldResolver(() => [Country], { nullable: true, description: "States that have applied and await a decision, ordered by code." })
  async applicants(@Ctx() context: AllianceContext): Promise<Country[]> {
    return loadKnown(context.loaders.country, await this.codesWithStatus(AodMembershipStatus.APPLICANT, context));
  }

  @FieldResolver(() => [Activity], { nullable: true, description: "The Alliance's own activities and planned structures, recorded by the secretariat." })
  activities(@Ctx() context: AllianceContext): Promise<Activity[]> {
    return context.loaders.activities.load("all");
  }

  @FieldResolver(() => [MembershipSpell], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.membershipSpells })
  async membershipSpells(@Ctx() context: AllianceContext): Promise<Spell[]> {
    return spellsFromEvents(await allianceEvents(context));
  }

  @FieldResolver(() => [String], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.memberCodesOn })
  async memberCodesOn(@Arg("date", () => PartialDate, { description: "The date or year." }) date: string, @Ctx() context: AllianceContext): Promise<string[]> {
    return membersOn(await this.membershipSpells(context), date);
  }

  @FieldResolver(() => EligibilityPolicy, { nullable: true, description: "The eligibility policy in force by default (HUB_AOD_ELIGIBILITY_POLICY)." })
  eligibilityPolicy(@Ctx() context: AllianceContext): EligibilityPolicy {
    return context.defaultPolicy;
  }

  private async codesWithStatus(status: AodMembershipStatus, context: AllianceContext): Promise<string[]> {
    return (await context.loaders.membershipsByStatus.load(status)).map((row) => row.country_code);
  }
}
