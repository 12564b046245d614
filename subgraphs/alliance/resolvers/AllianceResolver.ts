import { Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import type { AllianceContext } from "../loaders.js";
import { Alliance } from "../types/Alliance.js";
import { AodMembership } from "../types/AodMembership.js";
import { AodMembershipStatus } from "../types/enums.js";

@Resolver(() => Alliance)
export class AllianceResolver {
  @Query(() => Alliance, { nullable: true, description: "The proposed Alliance of Democracies and its membership." })
  alliance(): Alliance {
    return { name: "Alliance of Democracies" };
  }

  @FieldResolver(() => [AodMembership], { description: "States whose latest decision admitted them, ordered by code." })
  members(@Ctx() context: AllianceContext): Promise<AodMembership[]> {
    return context.loaders.membershipsByStatus.load(AodMembershipStatus.MEMBER);
  }

  @FieldResolver(() => [AodMembership], { description: "States that have applied and await a decision, ordered by code." })
  applicants(@Ctx() context: AllianceContext): Promise<AodMembership[]> {
    return context.loaders.membershipsByStatus.load(AodMembershipStatus.APPLICANT);
  }
}
