import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { knownCountry, parseGroup, parseRange } from "../arguments.js";
import { groupPositionPage, groupVoting } from "../group.js";
import type { UnVotesContext } from "../loaders.js";
import { Coincidence } from "../types/Coincidence.js";
import { Country } from "../types/Country.js";
import { Dyad } from "../types/Dyad.js";
import { GroupPositionConnection } from "../types/GroupPositionConnection.js";
import { GroupVoting } from "../types/GroupVoting.js";
import { PeriodArgs } from "../types/PeriodArgs.js";
import { MemberDefections } from "../types/MemberDefections.js";
import { SessionCohesion } from "../types/SessionCohesion.js";

@Resolver(() => GroupVoting)
export class GroupVotingResolver {
  @Query(() => GroupVoting, {
    description: "How an explicit list of states voted in the General Assembly over a session or period (all roll calls when neither is given).",
  })
  groupVoting(
    @Arg("codes", () => [String], { description: "Alpha-3 codes of the group's members (at most 400; duplicates ignored)." }) codes: string[],
    @Args(() => PeriodArgs) period: PeriodArgs,
    @Ctx() context: UnVotesContext,
  ): GroupVoting {
    context.deadline.check("groupVoting");
    return groupVoting(context.votes(), parseGroup(codes), parseRange(period));
  }

  @FieldResolver(() => [Country], { description: "The members analysed, in the order given." })
  async members(@Root() group: GroupVoting, @Ctx() context: UnVotesContext): Promise<(Country | null)[]> {
    return (await context.loaders.country.loadMany(group.codes)).map((country) => (country instanceof Error ? null : country));
  }

  @FieldResolver(() => [SessionCohesion], { description: "Cohesion per session, oldest first: the trend." })
  cohesionBySession(@Root() group: GroupVoting): SessionCohesion[] {
    return group.analysis.bySession();
  }

  @FieldResolver(() => GroupPositionConnection, { description: "The group's position on each roll call of the period, oldest first." })
  positions(
    @Root() group: GroupVoting,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
  ): GroupPositionConnection {
    return groupPositionPage(group.analysis, first, after);
  }

  @FieldResolver(() => [MemberDefections], { description: "Every member's defections from the group's position, most first." })
  defections(@Root() group: GroupVoting): MemberDefections[] {
    return group.analysis.defections();
  }

  @FieldResolver(() => [Dyad], { description: "Dyadic agreement of every pair of members (each unordered pair once, in the order members were given)." })
  agreementMatrix(@Root() group: GroupVoting, @Ctx() context: UnVotesContext): Dyad[] {
    return group.analysis.agreementMatrix(context.deadline).map((dyad) => ({ aCode: dyad.a, bCode: dyad.b, agreement: dyad.agreement, rollCalls: dyad.rollCalls }));
  }

  @FieldResolver(() => [Coincidence], { description: "Each member's voting coincidence with a reference state (US State Department method)." })
  coincidence(@Root() group: GroupVoting, @Arg("with", () => String, { description: "Alpha-3 code of the reference state." }) withCode: string): Coincidence[] {
    return group.analysis.coincidenceWith(knownCountry(withCode, "with")).map((value) => ({ code: value.code, coincidence: value.coincidence, ...value.counts }));
  }
}
