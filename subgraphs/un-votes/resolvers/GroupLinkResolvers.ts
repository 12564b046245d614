/** The countries and roll calls behind group-voting answers, through the batched loader and the index. */
import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from "type-graphql";
import type { UnVotesContext } from "../loaders.js";
import { toRollCall } from "../roll-calls.js";
import { connectionFrom, connectionOf } from "../../shared/connection.js";
import { RollCallConnection } from "../types/RollCallConnection.js";
import { Coincidence } from "../types/Coincidence.js";
import { Country } from "../types/Country.js";
import { Dyad } from "../types/Dyad.js";
import { MemberDefections } from "../types/MemberDefections.js";

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
