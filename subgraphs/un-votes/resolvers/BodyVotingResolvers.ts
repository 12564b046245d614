/**
 * Group voting for bodies whose membership another subgraph owns. Each field @requires the
 * members' codes, so the gateway fetches them from the owning subgraph and passes them here in
 * the entity representation: one query answers "how cohesive is the D-10 in session 74?".
 */
import { Args, Ctx, Directive, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { parseGroup, parseRange } from "../arguments.js";
import { groupVoting } from "../group.js";
import type { UnVotesContext } from "../loaders.js";
import { AllianceBody } from "../types/bodies/Alliance.js";
import { CommunityOfDemocraciesBody } from "../types/bodies/CommunityOfDemocracies.js";
import { D10Body } from "../types/bodies/D10.js";
import { UnDemocracyCaucusBody } from "../types/bodies/UnDemocracyCaucus.js";
import { GroupVoting } from "../types/GroupVoting.js";
import { PeriodArgs } from "../types/PeriodArgs.js";

/** A resolver adding `field` to `Body`, analysing the members listed in its external `codesField`. */
function bodyVotingResolver<Body extends object, CodesField extends keyof Body & string>(BodyType: ClassType<Body>, field: string, codesField: CodesField) {
  @Resolver(() => BodyType)
  class BodyVotingResolver {
    @Directive(`@requires(fields: "${codesField}")`)
    @FieldResolver(() => GroupVoting, {
      name: field,
      nullable: true,
      description: "How its members voted in the General Assembly over a session or period (all roll calls when neither is given); null while it has no members.",
    })
    groupVoting(@Root() body: Body, @Args(() => PeriodArgs) period: PeriodArgs, @Ctx() context: UnVotesContext): GroupVoting | null {
      const codes = body[codesField] as unknown as string[] | undefined;
      if (!codes || codes.length === 0) return null;
      context.deadline.check("groupVoting");
      return groupVoting(context.votes(), parseGroup(codes, "members"), parseRange(period));
    }
  }
  return BodyVotingResolver;
}

export const D10VotingResolver = bodyVotingResolver(D10Body, "groupVoting", "participantCodes");
export const CommunityOfDemocraciesVotingResolver = bodyVotingResolver(CommunityOfDemocraciesBody, "governingCouncilVoting", "governingCouncilCodes");
export const AllianceVotingResolver = bodyVotingResolver(AllianceBody, "memberVoting", "memberCodes");
export const CaucusVotingResolver = bodyVotingResolver(UnDemocracyCaucusBody, "caucusVoting", "memberCodes");
