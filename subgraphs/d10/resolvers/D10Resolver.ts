import { loadKnown } from "../../shared/loaders.js";
import { MembershipSpell, membersOn, undatedSpells, type Spell } from "../../shared/bodies/membership-spells.js";
import { PartialDate } from "../../shared/scalars/PartialDate.js";
import { Arg, Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import { BODY_FIELD_DESCRIPTIONS } from "../../shared/bodies/body-types.js";
import { AssociatedBody, D10, D10Meeting, D10Participant } from "../types/d10.js";
import { Activity } from "../types/bodies.js";
import { Country } from "../types/country.js";
import { ASSOCIATED_BODIES } from "./AssociatedBodyResolver.js";
import type { D10Context } from "../loaders.js";
import { D10Role } from "../types/enums.js";

export const D10_BODY: D10 = { id: "d10", name: "D-10 Strategy Forum", convener: "Atlantic Council" };

@Resolver(() => D10)
export class D10Resolver {
  @Query(() => D10, { nullable: true, description: "The D-10 Strategy Forum: its participants, observers and meetings." })
  d10(): D10 {
    return D10_BODY;
  }

  @FieldResolver(() => [D10Participant], { nullable: true, description: "Full participants, states and the European Union." })
  participants(@Ctx() context: D10Context): Promise<D10Participant[]> {
    return context.loaders.participantsByRole.load(D10Role.PARTICIPANT);
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: "Alpha-3 codes of the participating states, ordered by code (the EU, not a state, has none): the group other subgraphs analyse.",
  })
  async memberCodes(@Ctx() context: D10Context): Promise<string[]> {
    const participants = await context.loaders.participantsByRole.load(D10Role.PARTICIPANT);
    return participants.flatMap((participant) => (participant.countryCode ? [participant.countryCode] : [])).sort();
  }

  @FieldResolver(() => [Country], {
    nullable: true,
    description: `${BODY_FIELD_DESCRIPTIONS.members} The participating states; observers and the EU are under \`participants\` and \`observers\`.`,
  })
  async members(@Ctx() context: D10Context): Promise<Country[]> {
    return loadKnown(context.loaders.country, await this.memberCodes(context));
  }

  @FieldResolver(() => [MembershipSpell], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.membershipSpells })
  async membershipSpells(@Ctx() context: D10Context): Promise<Spell[]> {
    // The participants as checked against the source, without the year each joined.
    return undatedSpells(await this.memberCodes(context));
  }

  @FieldResolver(() => [String], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.memberCodesOn })
  async memberCodesOn(@Arg("date", () => PartialDate, { description: "The date or year." }) date: string, @Ctx() context: D10Context): Promise<string[]> {
    return membersOn(await this.membershipSpells(context), date);
  }

  @FieldResolver(() => [AssociatedBody], {
    nullable: true,
    description: "Structures beside the forum whose activities the hub compares with: the G7 and the Summit for Democracy.",
  })
  associatedBodies(): AssociatedBody[] {
    return ASSOCIATED_BODIES;
  }

  @FieldResolver(() => [D10Participant], { nullable: true, description: "Observers." })
  observers(@Ctx() context: D10Context): Promise<D10Participant[]> {
    return context.loaders.participantsByRole.load(D10Role.OBSERVER);
  }

  @FieldResolver(() => [Activity], {
    nullable: true,
    description: "Activities of the forum: its meetings, oldest first. Those of the structures beside it are under `associatedBodies`.",
  })
  async activities(@Ctx() context: D10Context): Promise<Activity[]> {
    return (await context.loaders.activities.load("all")).filter((activity) => activity.bodyId === D10_BODY.id);
  }

  @FieldResolver(() => [D10Meeting], { nullable: true, description: "Meetings of the forum, oldest first." })
  meetings(@Ctx() context: D10Context): Promise<D10Meeting[]> {
    return context.loaders.allMeetings.load("all");
  }
}
