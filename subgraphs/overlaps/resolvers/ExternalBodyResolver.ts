import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { MembershipSpell, membersOn, type Spell } from "../../shared/bodies/membership-spells.js";
import { PartialDate } from "../../shared/scalars/PartialDate.js";
import { loadKnown } from "../../shared/loaders.js";
import type { ActivityRecord } from "../../shared/bodies/Activity.js";
import type { StructureInfo } from "../analytics/structure-catalog.js";
import type { OverlapsContext } from "../loaders.js";
import { Activity, ExternalBody, ExternalBodyCategory } from "../types/bodies.js";
import { Country } from "../types/country.js";

type ExternalReference = { id: string };

function structureOf(body: ExternalReference, context: OverlapsContext): StructureInfo {
  const structure = context.engine.catalog().structures.get(body.id);
  // References are only made for ids the catalogue holds (see the reference resolver).
  if (!structure) throw new Error(`no external body has the id ${JSON.stringify(body.id)}`);
  return structure;
}

@Resolver(() => ExternalBody)
export class ExternalBodyResolver {
  @FieldResolver(() => String)
  name(@Root() body: ExternalReference, @Ctx() context: OverlapsContext): string {
    return structureOf(body, context).name;
  }

  @FieldResolver(() => ExternalBodyCategory)
  category(@Root() body: ExternalReference, @Ctx() context: OverlapsContext): ExternalBodyCategory {
    return structureOf(body, context).category as ExternalBodyCategory;
  }

  @FieldResolver(() => String, { nullable: true })
  mandate(@Root() body: ExternalReference, @Ctx() context: OverlapsContext): string | null {
    return structureOf(body, context).mandate;
  }

  @FieldResolver(() => String, { nullable: true })
  began(@Root() body: ExternalReference, @Ctx() context: OverlapsContext): string | null {
    return structureOf(body, context).began;
  }

  @FieldResolver(() => String, { nullable: true })
  ended(@Root() body: ExternalReference, @Ctx() context: OverlapsContext): string | null {
    return structureOf(body, context).ended;
  }

  @FieldResolver(() => String, { nullable: true })
  endReason(@Root() body: ExternalReference, @Ctx() context: OverlapsContext): string | null {
    return structureOf(body, context).endReason;
  }

  @FieldResolver()
  source(@Root() body: ExternalReference, @Ctx() context: OverlapsContext) {
    return structureOf(body, context).source;
  }

  @FieldResolver(() => [String])
  memberCodes(@Root() body: ExternalReference, @Ctx() context: OverlapsContext): string[] {
    const index = context.engine.index();
    const year = index.lastYearOf(body.id);
    return year === null ? [] : index.membersOf(body.id, year, [1]);
  }

  @FieldResolver(() => [Country])
  async members(@Root() body: ExternalReference, @Ctx() context: OverlapsContext): Promise<Country[]> {
    return loadKnown(context.loaders.country, this.memberCodes(body, context));
  }

  @FieldResolver(() => [MembershipSpell])
  membershipSpells(@Root() body: ExternalReference, @Ctx() context: OverlapsContext): Spell[] {
    return structureOf(body, context).spells;
  }

  @FieldResolver(() => [String])
  memberCodesOn(
    @Root() body: ExternalReference,
    @Arg("date", () => PartialDate, { description: "The date or year." }) date: string,
    @Ctx() context: OverlapsContext,
  ): string[] {
    const structure = structureOf(body, context);
    // An open spell runs only to the end of what its source covers (informal groups: 2017).
    const openEnd = String(context.engine.catalog().openEnd(structure));
    if (date.slice(0, 4) > openEnd) return [];
    return membersOn(structure.spells, date);
  }

  @FieldResolver(() => [Activity])
  activities(@Root() body: ExternalReference, @Ctx() context: OverlapsContext): ActivityRecord[] {
    return [...context.engine.catalog().activitiesOf(body.id)].sort((a, b) => (a.startDate ?? "").localeCompare(b.startDate ?? "") || a.id.localeCompare(b.id));
  }
}

/** External bodies are resolved by id from the catalogue; an id it does not hold resolves to null. */
export const externalBodyReference = {
  __resolveReference: (reference: ExternalReference, context: OverlapsContext) =>
    context.engine.catalog().structures.has(reference.id) ? { id: reference.id } : null,
};
