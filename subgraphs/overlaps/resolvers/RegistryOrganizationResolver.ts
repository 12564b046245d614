import { loadKnown } from "../../shared/loaders.js";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { MembershipSpell, membersOn, type Spell } from "../../shared/bodies/membership-spells.js";
import { PartialDate } from "../../shared/scalars/PartialDate.js";
import type { OverlapsContext } from "../loaders.js";
import { Activity, RegistryOrganization } from "../types/bodies.js";
import { Country } from "../types/country.js";

type RegistryReference = { id: string };

@Resolver(() => RegistryOrganization)
export class RegistryOrganizationResolver {
  @FieldResolver(() => String)
  name(@Root() body: RegistryReference, @Ctx() context: OverlapsContext): string {
    return context.engine.index().body(body.id)?.name ?? body.id;
  }

  @FieldResolver(() => [String])
  memberCodes(@Root() body: RegistryReference, @Ctx() context: OverlapsContext): string[] {
    const index = context.engine.index();
    const year = index.lastYearOf(body.id);
    return year === null ? [] : index.membersOf(body.id, year, [1]);
  }

  @FieldResolver(() => [Country])
  async members(@Root() body: RegistryReference, @Ctx() context: OverlapsContext): Promise<Country[]> {
    return loadKnown(context.loaders.country, this.memberCodes(body, context));
  }

  @FieldResolver(() => [Activity])
  activities(): Activity[] {
    return [];
  }

  @FieldResolver(() => [MembershipSpell])
  membershipSpells(@Root() body: RegistryReference, @Ctx() context: OverlapsContext): Spell[] {
    return context.engine.index().spellsOf(body.id);
  }

  @FieldResolver(() => [String])
  memberCodesOn(
    @Root() body: RegistryReference,
    @Arg("date", () => PartialDate, { description: "The date or year." }) date: string,
    @Ctx() context: OverlapsContext,
  ): string[] {
    return membersOn(this.membershipSpells(body, context), date);
  }
}

/** Registry IGOs are resolved by id from the index; an id it does not hold resolves to null. */
export const registryOrganizationReference = {
  __resolveReference: (reference: RegistryReference, context: OverlapsContext) => (context.engine.index().body(reference.id) ? { id: reference.id } : null),
};
