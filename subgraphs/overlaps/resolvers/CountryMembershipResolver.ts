/** The bodies a state belongs to, from the same membership index the overlap answers use. */
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { sizedList } from "../../shared/cost.js";
import { countryMemberships } from "../analytics/country-memberships.js";
import type { OverlapsContext } from "../loaders.js";
import { Country } from "../types/country.js";
import { CountryMembership } from "../types/memberships.js";
import { MemberLevel } from "../types/enums.js";
import { ready } from "./OverlapsResolver.js";

/** Above any state's memberships at every level (France, the most joined: 226 in the registry, a few more among the other bodies). */
const MOST_MEMBERSHIPS = 300;

@Resolver(() => Country)
export class CountryMembershipResolver {
  @sizedList(MOST_MEMBERSHIPS)
  @FieldResolver(() => [CountryMembership], {
    nullable: true,
    description:
      "Every body the hub compares that lists this state as a member at some time: the hub's bodies (today's members), the Correlates of War registry's IGOs (by year, to 2014) and the external bodies (by their dated spells); full members first, then by the body's name.",
  })
  async memberships(
    @Root() country: Country,
    @Arg("include", () => [MemberLevel], { nullable: true, description: "Associate and observer memberships too; full ones always." })
    include: MemberLevel[] | null,
    @Ctx() context: OverlapsContext,
  ): Promise<CountryMembership[]> {
    await ready(context);
    const levels = new Set<number>([MemberLevel.FULL, ...(include ?? [])]);
    return countryMemberships(context.engine.index(), country.code)
      .filter((membership) => levels.has(membership.level))
      .map((membership) => ({ ...membership, body: { id: membership.body.id }, level: membership.level as number as MemberLevel }));
  }
}
