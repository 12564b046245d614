import { DataSet, VOTING_RECORD, RecordCoverage } from "../types/united-nations.js";
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { knownCountry, parseGroup, parseRange } from "../arguments.js";
import { groupPositionPage, groupVoting } from "../group.js";
import type { UnVotesContext } from "../loaders.js";
import { Coincidence, Dyad, DyadConnection } from "../types/agreement.js";
import { Country } from "../types/country.js";
import { connectionFrom } from "../../shared/connection.js";
import { GENERAL_ASSEMBLY_SESSIONS, LARGEST_GROUP, pairsOf, sizedList, workCost } from "../../shared/cost.js";

const MAX_MATRIX_PAGE = 20_000;
import { GroupPositionConnection, GroupVoting, MemberDefections, SessionCohesion } from "../types/groups.js";
import { PeriodArgs } from "../types/arguments.js";
import { recordCoverage } from "../coverage.js";

@Resolver(() => GroupVoting)
export class GroupVotingResolver {
  @FieldResolver(() => [DataSet], { description: "The data this answer was computed from, with when it was imported." })
  computedFrom(): object[] {
    return VOTING_RECORD;
  }

  @Query(() => GroupVoting, {
    nullable: true,
    description:
      "How a group of states, listed by code, voted in the General Assembly over a session or period (all roll calls when neither is given). For a body the hub knows, ask the body: `Body.generalAssemblyVoting`.",
  })
  generalAssemblyVoting(
    @Arg("memberCodes", () => [String], { description: "Alpha-3 codes of the group's members (at most 400; duplicates ignored)." }) codes: string[],
    @Args(() => PeriodArgs) period: PeriodArgs,
    @Ctx() context: UnVotesContext,
  ): Promise<GroupVoting> {
    context.deadline.check("generalAssemblyVoting");
    return groupVoting(context.votes(), parseGroup(codes, "memberCodes"), parseRange(period), context.deadline);
  }

  @FieldResolver(() => RecordCoverage, { description: "What the record behind this answer covers: read it before taking zeros or nulls as a quiet period." })
  coverage(@Root() group: GroupVoting, @Ctx() context: UnVotesContext): RecordCoverage {
    return recordCoverage(group.analysis.index, group.range, context.dataSetsImporting().size > 0);
  }

  @sizedList(LARGEST_GROUP)
  @FieldResolver(() => [Country], { description: "The members analysed, in the order given." })
  async members(@Root() group: GroupVoting, @Ctx() context: UnVotesContext): Promise<(Country | null)[]> {
    return (await context.loaders.country.loadMany(group.codes)).map((country) => (country instanceof Error ? null : country));
  }

  @sizedList(GENERAL_ASSEMBLY_SESSIONS)
  @FieldResolver(() => [SessionCohesion], { description: "Cohesion per session, oldest first: the trend." })
  cohesionBySession(@Root() group: GroupVoting): Promise<SessionCohesion[]> {
    return group.analysis.bySession();
  }

  @FieldResolver(() => GroupPositionConnection, { description: "The group's position on each roll call of the period, oldest first." })
  positions(
    @Root() group: GroupVoting,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
  ): Promise<GroupPositionConnection> {
    return groupPositionPage(group.analysis, first, after);
  }

  @sizedList(LARGEST_GROUP)
  @FieldResolver(() => [MemberDefections], { description: "Every member's defections from the group's position, most first." })
  async defections(
    @Root() group: GroupVoting,
    @Arg("countryCode", () => String, {
      nullable: true,
      description: "Only this member's entry (alpha-3 code); a country that is not a member gives an empty list.",
    })
    countryCode: string | null,
  ): Promise<MemberDefections[]> {
    const code = countryCode === null || countryCode === undefined ? null : knownCountry(countryCode, "countryCode");
    const all = await group.analysis.defections();
    // The pool's answer is shared by every request: each entry is copied, not changed.
    return all.filter((entry) => code === null || entry.code === code).map((entry) => ({ ...entry, analysis: group.analysis }));
  }

  // Priced by the work it does, every pair of the largest group computed before paging, plus
  // the page it returns (a connection: sized by `first`, by convention).
  @workCost(pairsOf(LARGEST_GROUP))
  @FieldResolver(() => DyadConnection, {
    description: "Dyadic agreement of every pair of members: each unordered pair once, in the order members were given (n members, n(n−1)/2 pairs).",
  })
  async agreementMatrix(
    @Root() group: GroupVoting,
    @Arg("first", () => Int, { defaultValue: 1000, description: `Page size, up to ${MAX_MATRIX_PAGE} (every pair of 193 members is 18,528).` }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
  ) {
    const dyads = (await group.analysis.agreementMatrix()).map((dyad): Dyad => ({
      aCode: dyad.a,
      bCode: dyad.b,
      agreement: dyad.agreement,
      rollCalls: dyad.rollCalls,
    }));
    // The members are part of the cursor's kind: a cursor of another group's matrix is refused, not misread.
    return connectionFrom(`dyads:${group.codes.join(",")}`, dyads, { first, after }, MAX_MATRIX_PAGE);
  }

  @sizedList(LARGEST_GROUP)
  @FieldResolver(() => [Coincidence], { description: "Each member's voting coincidence with a reference state (US State Department method)." })
  async coincidence(
    @Root() group: GroupVoting,
    @Arg("referenceCountryCode", () => String, { description: "Alpha-3 code of the reference state." }) withCode: string,
  ): Promise<Coincidence[]> {
    return (await group.analysis.coincidenceWith(knownCountry(withCode, "referenceCountryCode"))).map((value) => ({
      code: value.code,
      coincidence: value.coincidence,
      ...value.counts,
    }));
  }
}
