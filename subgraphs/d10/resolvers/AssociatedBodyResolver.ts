import { loadKnown } from "../../shared/loaders.js";
import { MembershipSpell, membersOn, undatedSpells, type Spell } from "../../shared/bodies/membership-spells.js";
import { PartialDate } from "../../shared/scalars/PartialDate.js";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { BODY_FIELD_DESCRIPTIONS } from "../../shared/bodies/body-types.js";
import type { D10Context } from "../loaders.js";
import { ASSOCIATED_BODIES_SEED } from "../seed.js";
import { AssociatedBody } from "../types/d10.js";
import { Activity } from "../types/bodies.js";
import { Country } from "../types/country.js";

export const ASSOCIATED_BODIES: AssociatedBody[] = ASSOCIATED_BODIES_SEED.map((body) => ({ ...body, memberCodes: [...body.memberCodes] }));

export const associatedBodyReference = {
  __resolveReference: (reference: { id?: unknown }) => ASSOCIATED_BODIES.find((body) => body.id === reference.id) ?? null,
};

@Resolver(() => AssociatedBody)
export class AssociatedBodyResolver {
  @FieldResolver(() => [Country], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.members })
  async members(@Root() body: AssociatedBody, @Ctx() context: D10Context): Promise<Country[]> {
    return loadKnown(context.loaders.country, body.memberCodes);
  }

  @FieldResolver(() => [MembershipSpell], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.membershipSpells })
  async membershipSpells(@Root() body: AssociatedBody, @Ctx() _context: D10Context): Promise<Spell[]> {
    // Today's members as checked against the source; the dated G7/G8 is the informal group `iigo:group-of-5678` (overlaps).
    return undatedSpells(body.memberCodes);
  }

  @FieldResolver(() => [String], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.memberCodesOn })
  async memberCodesOn(
    @Root() body: AssociatedBody,
    @Arg("date", () => PartialDate, { description: "The date or year." }) date: string,
    @Ctx() context: D10Context,
  ): Promise<string[]> {
    return membersOn(await this.membershipSpells(body, context), date);
  }

  @FieldResolver(() => [Activity], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.activities })
  async activities(@Root() body: AssociatedBody, @Ctx() context: D10Context): Promise<Activity[]> {
    return (await context.loaders.activities.load("all")).filter((activity) => activity.bodyId === body.id);
  }
}
