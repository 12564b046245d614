/** The countries and roll calls behind group-voting answers, through the batched loader and the index. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { UnVotesContext } from "../loaders.js";
import { toRollCall } from "../roll-calls.js";
import { pageSize } from "../../shared/pagination.js";
import { Coincidence } from "../types/Coincidence.js";
import { Country } from "../types/Country.js";
import { Dyad } from "../types/Dyad.js";
import { MemberDefections } from "../types/MemberDefections.js";
import { RollCall } from "../types/RollCall.js";

@Resolver(() => MemberDefections)
export class MemberDefectionsResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The member." })
  country(@Root() value: MemberDefections, @Ctx() context: UnVotesContext): Promise<Country | null> {
    return context.loaders.country.load(value.code);
  }

  @FieldResolver(() => [RollCall], { description: "The roll calls defected on, most recent first." })
  rollCalls(
    @Root() value: MemberDefections,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many, up to 500." }) first: number,
    @Ctx() context: UnVotesContext,
  ): RollCall[] {
    const index = context.votes();
    return [...value.rows].reverse().slice(0, pageSize(first, 500)).map((row) => toRollCall(index, row));
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
