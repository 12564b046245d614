/**
 * General Assembly voting for every body the hub knows, whoever owns it. The field @requires the
 * members' codes and dated memberships, so the gateway fetches them from the owning subgraph and
 * passes them here in the entity representation: one query answers "how cohesive is the D-10 in
 * session 74?", with today's members or with the members of each roll call's date.
 */
import { Args, Ctx, Directive, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { parseGroup, parseRange } from "../arguments.js";
import { groupVoting } from "../group.js";
import type { UnVotesContext } from "../loaders.js";
import { BODY_STUBS, GENERAL_ASSEMBLY_VOTING_DESCRIPTION, type BodyStub } from "../types/bodies.js";
import { GroupVoting } from "../types/groups.js";
import { BodyVotingArgs } from "../types/arguments.js";
import { GroupMembership } from "../types/enums.js";

function bodyVotingResolver(BodyType: ClassType<BodyStub>) {
  @Resolver(() => BodyType)
  class BodyVotingResolver {
    @Directive(`@requires(fields: "memberCodes membershipSpells { countryCode began ended }")`)
    @FieldResolver(() => GroupVoting, { nullable: true, description: GENERAL_ASSEMBLY_VOTING_DESCRIPTION })
    async generalAssemblyVoting(
      @Root() body: BodyStub,
      @Args(() => BodyVotingArgs) args: BodyVotingArgs,
      @Ctx() context: UnVotesContext,
    ): Promise<GroupVoting | null> {
      context.deadline.check("generalAssemblyVoting");
      if (args.membership === GroupMembership.MEMBERS_ON_EACH_DATE) {
        const spells = body.membershipSpells ?? [];
        if (spells.length === 0) return null;
        return groupVoting(
          context.votes(),
          parseGroup([...new Set(spells.map((spell) => spell.countryCode))], "membershipSpells"),
          parseRange(args),
          context.deadline,
          spells,
        );
      }
      if (!body.memberCodes || body.memberCodes.length === 0) return null;
      return groupVoting(context.votes(), parseGroup(body.memberCodes, "memberCodes"), parseRange(args), context.deadline);
    }
  }
  return BodyVotingResolver;
}

export const BODY_VOTING_RESOLVERS = Object.values(BODY_STUBS).map(bodyVotingResolver);
