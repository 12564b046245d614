import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { inputError } from "../../platform/errors.js";
import { FREEDOM_HOUSE_FIRST_YEAR, sizedList, VDEM_FIRST_YEAR, yearsSince } from "../../shared/cost.js";
import { assess } from "../rules/eligibility.js";
import type { AllianceContext } from "../loaders.js";
import { toDecision, toEligibility, toFreedomRating, toRegimeRating } from "./mappers.js";
import { Country } from "../types/country.js";
import { EligibilityPolicy } from "../types/enums.js";
import { MembershipDecision } from "../types/membership.js";
import { Eligibility, FreedomRating, RegimeRating } from "../types/ratings.js";

@Resolver(() => Country)
export class CountryAllianceResolver {
  @FieldResolver(() => Eligibility, {
    nullable: true,
    description:
      "Whether this state may join the Alliance, with the evidence. Without arguments: the default policy and the latest year rated. Unknown (eligible: null) when the sources have no rating.",
  })
  async aodEligibility(
    @Root() country: Country,
    @Arg("year", () => Int, { nullable: true, description: "The year whose ratings to use." }) year: number | null,
    @Arg("policy", () => EligibilityPolicy, { nullable: true, description: "The policy; the one in force when omitted." }) policy: EligibilityPolicy | null,
    @Ctx() context: AllianceContext,
  ): Promise<Eligibility> {
    if (year !== null && (year < 1700 || year > 2100)) {
      throw inputError("year", `expected a year from 1700 to 2100, received ${year}`);
    }
    const [freedom, regimes] = await Promise.all([context.loaders.freedomByCountry.load(country.code), context.loaders.regimeByCountry.load(country.code)]);
    return toEligibility(assess(policy ?? context.defaultPolicy, freedom, regimes, year));
  }

  @sizedList(yearsSince(FREEDOM_HOUSE_FIRST_YEAR))
  @FieldResolver(() => [FreedomRating], { nullable: true, description: "Freedom House ratings, oldest first." })
  async freedomRatings(@Root() country: Country, @Ctx() context: AllianceContext): Promise<FreedomRating[]> {
    return (await context.loaders.freedomByCountry.load(country.code)).map(toFreedomRating);
  }

  @sizedList(yearsSince(VDEM_FIRST_YEAR))
  @FieldResolver(() => [RegimeRating], { nullable: true, description: "V-Dem Regimes of the World classifications, oldest first." })
  async regimeRatings(@Root() country: Country, @Ctx() context: AllianceContext): Promise<RegimeRating[]> {
    return (await context.loaders.regimeByCountry.load(country.code)).map(toRegimeRating);
  }

  @FieldResolver(() => [MembershipDecision], { nullable: true, description: "Every membership decision recorded for this state, oldest first." })
  async aodDecisions(@Root() country: Country, @Ctx() context: AllianceContext): Promise<MembershipDecision[]> {
    return (await context.loaders.decisionsByCountry.load(country.code)).map(toDecision);
  }
}
