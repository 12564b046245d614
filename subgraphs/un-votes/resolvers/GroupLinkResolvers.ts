/** The countries and roll calls behind group-voting answers, through the batched loader and the index. */
import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from "type-graphql";
import type { UnVotesContext } from "../loaders.js";
import { toRollCall } from "./mappers.js";
import { connectionFrom, connectionOf } from "../../shared/connection.js";
import { RollCallConnection } from "../types/roll-calls.js";
import { Coincidence, Dyad } from "../types/agreement.js";
import { Country } from "../types/country.js";
import { MemberDefections, Defection, DefectionConnection, IssueDefections, SessionDefections } from "../types/groups.js";
import { POSITION_OF_VOTE, UnIssue } from "../types/enums.js";
import type { DefectionCounts } from "../analytics/member-breakdown.js";
import { GENERAL_ASSEMBLY_SESSIONS, sizedList } from "../../shared/cost.js";
import { UN_ISSUES } from "../import/issues.js";

const withShare = <T extends DefectionCounts>(counts: T) => ({ ...counts, defectionShare: counts.compared === 0 ? null : counts.count / counts.compared });

@Resolver(() => MemberDefections)
export class MemberDefectionsResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The member." })
  country(@Root() value: MemberDefections, @Ctx() context: UnVotesContext): Promise<Country | null> {
    return context.loaders.country.load(value.code);
  }

  @FieldResolver(() => Float, { nullable: true, description: "defectionCount / comparedRollCallCount, 0 to 1; null when the member voted on none of them." })
  defectionShare(@Root() value: MemberDefections): number | null {
    return value.compared === 0 ? null : value.count / value.compared;
  }

  @FieldResolver(() => RollCallConnection, { description: "The roll calls defected on, most recent first." })
  rollCalls(
    @Root() value: MemberDefections,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: UnVotesContext,
  ) {
    const index = context.votes();
    const page = connectionFrom(`defections:${value.code}`, [...value.rows].reverse(), { first, after });
    // Rows become roll calls on this page only; `nodes` is rebuilt from the mapped edges, not kept as rows.
    const edges = page.edges.map((edge) => edge.withNode(toRollCall(index, edge.node)));
    return connectionOf(edges, page.totalCount, page.pageInfo.hasNextPage, page.pageInfo.hasPreviousPage);
  }

  @sizedList(GENERAL_ASSEMBLY_SESSIONS)
  @FieldResolver(() => [SessionDefections], {
    description: "The defections session by session, oldest first: sessions in which the member was compared on no roll call are left out.",
  })
  async bySession(@Root() value: MemberDefections): Promise<SessionDefections[]> {
    return (await value.analysis.breakdownOf(value.code)).bySession.map(withShare);
  }

  @sizedList(UN_ISSUES.length)
  @FieldResolver(() => [IssueDefections], {
    description: "The defections by issue tag, in the tags' order; a roll call without a tag counts under none.",
  })
  async byIssue(@Root() value: MemberDefections): Promise<IssueDefections[]> {
    return (await value.analysis.breakdownOf(value.code)).byIssue.map((counts) => withShare({ ...counts, issue: counts.issue as unknown as UnIssue }));
  }

  @FieldResolver(() => DefectionConnection, {
    description: "The defections with the member's vote and the group's position on each, most recent first; `rollCalls` without the votes.",
  })
  async votes(
    @Root() value: MemberDefections,
    @Arg("issue", () => UnIssue, { nullable: true, description: "Only roll calls carrying this issue tag." }) issue: UnIssue | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: UnVotesContext,
  ): Promise<DefectionConnection> {
    const index = context.votes();
    const wanted = issue ?? null;
    const rows = value.rows.filter((row) => wanted === null || index.rollCalls[row].issues.includes(wanted as never)).reverse();
    // The cursor's kind names the filter: a cursor from the unfiltered list is refused, not misread.
    const page = connectionFrom(`defection-votes:${value.code}:${wanted ?? ""}`, rows, { first, after });
    const tallies = page.edges.length > 0 ? await value.analysis.tallies() : [];
    const positionOf = new Map(tallies.map((tally) => [tally.row, tally.position]));
    const column = index.columnOf.get(value.code)!;
    const edges = page.edges.map((edge) =>
      edge.withNode<Defection>({
        rollCall: toRollCall(index, edge.node),
        vote: POSITION_OF_VOTE[index.votes[edge.node * index.width + column]]!,
        groupPosition: POSITION_OF_VOTE[positionOf.get(edge.node)!]!,
      }),
    );
    return connectionOf(edges, page.totalCount, page.pageInfo.hasNextPage, page.pageInfo.hasPreviousPage);
  }
}

@Resolver(() => Dyad)
export class DyadResolver {
  @FieldResolver(() => Country, { nullable: true, description: "One member of the pair." })
  a(@Root() dyad: Dyad, @Ctx() context: UnVotesContext): Promise<Country | null> {
    return context.loaders.country.load(dyad.aCode);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The other member of the pair." })
  b(@Root() dyad: Dyad, @Ctx() context: UnVotesContext): Promise<Country | null> {
    return context.loaders.country.load(dyad.bCode);
  }
}

@Resolver(() => Coincidence)
export class CoincidenceResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The member compared with the reference state." })
  country(@Root() value: Coincidence, @Ctx() context: UnVotesContext): Promise<Country | null> {
    return context.loaders.country.load(value.code);
  }
}
