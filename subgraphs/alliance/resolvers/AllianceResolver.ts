import { Ctx, FieldResolver, Int, Query, Resolver } from "type-graphql";
import { Activity } from "../../shared/types/Activity.js";
import { toMembership, type AllianceContext } from "../loaders.js";
import { Alliance } from "../types/Alliance.js";
import { AodMembership } from "../types/AodMembership.js";
import { AodMembershipStatus, EligibilityPolicy } from "../types/enums.js";

export const ALLIANCE_BODY: Alliance = { id: "alliance-of-democracies", name: "Alliance of Democracies" };

@Resolver(() => Alliance)
export class AllianceResolver {
  @Query(() => Alliance, { nullable: true, description: "The proposed Alliance of Democracies and its membership." })
  alliance(): Alliance {
    return ALLIANCE_BODY;
  }

  @FieldResolver(() => [AodMembership], { description: "States whose latest decision admitted them, ordered by code." })
  async members(@Ctx() context: AllianceContext): Promise<AodMembership[]> {
    return (await context.loaders.membershipsByStatus.load(AodMembershipStatus.MEMBER)).map((row) => toMembership(row.country_code, row));
  }

  @FieldResolver(() => [String], { description: "Alpha-3 codes of the current members: the group other subgraphs analyse." })
  async memberCodes(@Ctx() context: AllianceContext): Promise<string[]> {
    return (await context.loaders.membershipsByStatus.load(AodMembershipStatus.MEMBER)).map((row) => row.country_code);
  }

  @FieldResolver(() => Int, { description: "Number of current members." })
  async memberCount(@Ctx() context: AllianceContext): Promise<number> {
    return (await context.loaders.membershipsByStatus.load(AodMembershipStatus.MEMBER)).length;
  }

  @FieldResolver(() => [AodMembership], { description: "States that have applied and await a decision, ordered by code." })
  async applicants(@Ctx() context: AllianceContext): Promise<AodMembership[]> {
    return (await context.loaders.membershipsByStatus.load(AodMembershipStatus.APPLICANT)).map((row) => toMembership(row.country_code, row));
  }

  @FieldResolver(() => [Activity], { description: "The Alliance's own activities and planned structures, recorded by the secretariat." })
  activities(@Ctx() context: AllianceContext): Promise<Activity[]> {
    return context.loaders.activities.load("all");
  }

  @FieldResolver(() => EligibilityPolicy, { description: "The eligibility policy in force by default (HUB_AOD_ELIGIBILITY_POLICY)." })
  eligibilityPolicy(@Ctx() context: AllianceContext): EligibilityPolicy {
    return context.defaultPolicy;
  }
}
