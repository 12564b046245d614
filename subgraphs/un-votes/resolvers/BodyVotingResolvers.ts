/**
 * Group voting for bodies whose membership another subgraph owns. Each field @requires the
 * members' codes, so the gateway fetches them from the owning subgraph and passes them here in
 * the entity representation: one query answers "how cohesive is the D-10 in session 74?".
 */
import { GraphQLDate } from "graphql-scalars";
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { parseGroup, parseRange } from "../arguments.js";
import { groupVoting } from "../group.js";
import type { UnVotesContext } from "../loaders.js";
import { AllianceBody } from "../types/bodies/Alliance.js";
import { CommunityOfDemocraciesBody } from "../types/bodies/CommunityOfDemocracies.js";
import { D10Body } from "../types/bodies/D10.js";
import { GroupVoting } from "../types/GroupVoting.js";

type Period = { session: number | null; from: Date | null; to: Date | null };

function analyse(codes: string[] | undefined, period: Period, context: UnVotesContext): GroupVoting | null {
  if (!codes || codes.length === 0) return null;
  return groupVoting(context.votes(), parseGroup(codes, "members"), parseRange(period));
}

const DESCRIPTION = "How its members voted in the General Assembly over a session or period (all roll calls when neither is given); null while it has no members.";

@Resolver(() => D10Body)
export class D10VotingResolver {
  @Directive(`@requires(fields: "participantCodes")`)
  @FieldResolver(() => GroupVoting, { nullable: true, description: DESCRIPTION })
  groupVoting(
    @Root() body: D10Body,
    @Arg("session", () => Int, { nullable: true, description: "One General Assembly session." }) session: number | null,
    @Arg("from", () => GraphQLDate, { nullable: true, description: "From this day." }) from: Date | null,
    @Arg("to", () => GraphQLDate, { nullable: true, description: "To this day." }) to: Date | null,
    @Ctx() context: UnVotesContext,
  ): GroupVoting | null {
    return analyse(body.participantCodes, { session, from, to }, context);
  }
}

@Resolver(() => CommunityOfDemocraciesBody)
export class CommunityOfDemocraciesVotingResolver {
  @Directive(`@requires(fields: "governingCouncilCodes")`)
  @FieldResolver(() => GroupVoting, { nullable: true, description: DESCRIPTION })
  governingCouncilVoting(
    @Root() body: CommunityOfDemocraciesBody,
    @Arg("session", () => Int, { nullable: true, description: "One General Assembly session." }) session: number | null,
    @Arg("from", () => GraphQLDate, { nullable: true, description: "From this day." }) from: Date | null,
    @Arg("to", () => GraphQLDate, { nullable: true, description: "To this day." }) to: Date | null,
    @Ctx() context: UnVotesContext,
  ): GroupVoting | null {
    return analyse(body.governingCouncilCodes, { session, from, to }, context);
  }
}

@Resolver(() => AllianceBody)
export class AllianceVotingResolver {
  @Directive(`@requires(fields: "memberCodes")`)
  @FieldResolver(() => GroupVoting, { nullable: true, description: DESCRIPTION })
  memberVoting(
    @Root() body: AllianceBody,
    @Arg("session", () => Int, { nullable: true, description: "One General Assembly session." }) session: number | null,
    @Arg("from", () => GraphQLDate, { nullable: true, description: "From this day." }) from: Date | null,
    @Arg("to", () => GraphQLDate, { nullable: true, description: "To this day." }) to: Date | null,
    @Ctx() context: UnVotesContext,
  ): GroupVoting | null {
    return analyse(body.memberCodes, { session, from, to }, context);
  }
}
