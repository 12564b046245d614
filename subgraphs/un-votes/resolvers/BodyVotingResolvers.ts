/**
 * General Assembly voting for every body the hub knows, whoever owns it. The field @requires the
 * members' codes, so the gateway fetches them from the owning subgraph and passes them here in
 * the entity representation: one query answers "how cohesive is the D-10 in session 74?".
 */
import { Args, Ctx, Directive, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { parseGroup, parseRange } from "../arguments.js";
import { groupVoting } from "../group.js";
import type { UnVotesContext } from "../loaders.js";
import { BODY_STUBS, GENERAL_ASSEMBLY_VOTING_DESCRIPTION, type BodyStub } from "../types/bodies.js";
import { GroupVoting } from "../types/GroupVoting.js";
import { PeriodArgs } from "../types/PeriodArgs.js";

function bodyVotingResolver(BodyType: ClassType<BodyStub>) {
  @Resolver(() => BodyType)
  class BodyVotingResolver {
    @Directive(`@requires(fields: "memberCodes")`)
    @FieldResolver(() => GroupVoting, { nullable: true, description: GENERAL_ASSEMBLY_VOTING_DESCRIPTION })
    generalAssemblyVoting(@Root() body: BodyStub, @Args(() => PeriodArgs) period: PeriodArgs, @Ctx() context: UnVotesContext): GroupVoting | null {
      if (!body.memberCodes || body.memberCodes.length === 0) return null;
      context.deadline.check("generalAssemblyVoting");
      return groupVoting(context.votes(), parseGroup(body.memberCodes, "memberCodes"), parseRange(period));
    }
  }
  return BodyVotingResolver;
}

export const BODY_VOTING_RESOLVERS = Object.values(BODY_STUBS).map(bodyVotingResolver);
