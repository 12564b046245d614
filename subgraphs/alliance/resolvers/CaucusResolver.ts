import { loadKnown } from "../../shared/loaders.js";
import { MembershipSpell, membersOn, spellsFromEvents, type Spell } from "../../shared/bodies/membership-spells.js";
import { PartialDate } from "../../shared/scalars/PartialDate.js";
import { allianceEvents } from "./AllianceResolver.js";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { BODY_FIELD_DESCRIPTIONS } from "../../shared/bodies/body-types.js";
import { attempt } from "../../shared/mutations/payload.js";
import { RoleMutation } from "../../shared/mutations/role-mutation.js";
import { Activity } from "../types/bodies.js";
import { RecordCaucusChangeInput, CaucusChangePayload, CaucusChange, UnDemocracyCaucus } from "../types/caucus.js";
import type { AllianceContext } from "../loaders.js";
import { toCaucusChange, visibleRecorder } from "./mappers.js";
import { Country } from "../types/country.js";
import { AodMembershipStatus, Role } from "../types/enums.js";

export const CAUCUS_BODY: UnDemocracyCaucus = { id: "un-democracy-caucus", name: "UN Democracy Caucus" };

@Resolver(() => UnDemocracyCaucus)
export class CaucusResolver {
  @Query(() => UnDemocracyCaucus, { nullable: true, description: "The UN Democracy Caucus: its membership and recorded changes." })
  unDemocracyCaucus(): UnDemocracyCaucus {
    return CAUCUS_BODY;
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: "Alpha-3 codes of the caucus, ordered by code: the Alliance's members, with recorded additions and removals applied in order.",
  })
  async memberCodes(@Ctx() context: AllianceContext): Promise<string[]> {
    const members = new Set((await context.loaders.membershipsByStatus.load(AodMembershipStatus.MEMBER)).map((row) => row.country_code));
    for (const change of await context.loaders.caucusChanges.load("all")) {
      if (change.change === "ADD") members.add(change.country_code);
      else members.delete(change.country_code);
    }
    return [...members].sort();
  }

  @FieldResolver(() => [MembershipSpell], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.membershipSpells })
  async membershipSpells(@Ctx() context: AllianceContext): Promise<Spell[]> {
    // The Alliance's members with the caucus's own additions and removals, all in date order.
    const changes = (await context.loaders.caucusChanges.load("all")).map((row) => ({
      countryCode: row.country_code,
      on: row.decided_on,
      joins: row.change === "ADD",
    }));
    return spellsFromEvents([...(await allianceEvents(context)), ...changes]);
  }

  @FieldResolver(() => [String], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.memberCodesOn })
  async memberCodesOn(@Arg("date", () => PartialDate, { description: "The date or year." }) date: string, @Ctx() context: AllianceContext): Promise<string[]> {
    return membersOn(await this.membershipSpells(context), date);
  }

  @FieldResolver(() => [CaucusChange], { nullable: true, description: "Recorded changes beyond the Alliance's members, oldest first." })
  async changes(@Ctx() context: AllianceContext): Promise<CaucusChange[]> {
    return (await context.loaders.caucusChanges.load("all")).map(toCaucusChange);
  }

  @FieldResolver(() => [Country], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.members })
  async members(@Ctx() context: AllianceContext): Promise<Country[]> {
    return loadKnown(context.loaders.country, await this.memberCodes(context));
  }

  @FieldResolver(() => [Activity], { nullable: true, description: "Its activities: none are recorded yet (the caucus acts through its members' votes)." })
  activities(): Activity[] {
    return [];
  }

  @RoleMutation([Role.SECRETARIAT], () => CaucusChangePayload, "Records a state joining or leaving the caucus beyond the Alliance's own membership.")
  recordCaucusChange(
    @Arg("input", () => RecordCaucusChangeInput, { description: "The fields of the record; see the input type." }) input: RecordCaucusChangeInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("caucusChange", () => toCaucusChange(context.commands.caucus.recordChange(context.actor!, input)));
  }
}

@Resolver(() => CaucusChange)
export class CaucusChangeResolver {
  @FieldResolver(() => String)
  recordedBy(@Root() change: CaucusChange, @Ctx() context: AllianceContext): string {
    return visibleRecorder(change, context.actor);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The state." })
  country(@Root() change: CaucusChange, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(change.countryCode);
  }
}
