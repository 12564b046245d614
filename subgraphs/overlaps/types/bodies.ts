/**
 * Bodies as the overlaps subgraph serves them. It compares every body the hub knows, but owns
 * only the registry's IGOs: the hub's own bodies are references (`{ id }`) the gateway completes
 * from their owners. Its `Body` interface declares only `id`; composition merges the owners' fields.
 */
import { InterfaceType, Field, ID, ObjectType, Directive, type ClassType, registerEnumType } from "type-graphql";
import { ACTIVITY_DESCRIPTION, ActivityBase } from "../../shared/bodies/Activity.js";
import { resolveBodyType, HUB_BODY_TYPES } from "../../shared/bodies/body-ids.js";
import { BODY_FIELD_DESCRIPTIONS } from "../../shared/bodies/body-types.js";
import { MembershipSpell } from "../../shared/bodies/membership-spells.js";
import { createConnectionType } from "../../shared/connection.js";
import { sizedList, LARGEST_MEMBERSHIP, MOST_ACTIVITIES, MOST_MEMBERSHIP_SPELLS } from "../../shared/cost.js";
import { PartialDate } from "../../shared/scalars/PartialDate.js";
import { SourceRef } from "../../shared/types/SourceRef.js";
import { Country } from "./country.js";

@InterfaceType("Body", { resolveType: resolveBodyType })
export abstract class BodyRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType("Activity", { description: ACTIVITY_DESCRIPTION })
export class Activity extends ActivityBase {
  @Directive("@shareable")
  @Field(() => BodyRef, { description: "The body that runs it." })
  body!: { id: string };
}

@Directive(`@key(fields: "id")`)
@ObjectType({
  implements: BodyRef,
  description: "An intergovernmental organisation of the Correlates of War registry (members by year, to 2014; full, associate and observer members).",
})
export class RegistryOrganization {
  @Field(() => ID, { description: "`cow:<ioname>`, e.g. `cow:NATO`." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Name (the registry's long name where it has one)." })
  name!: string;

  @sizedList(LARGEST_MEMBERSHIP)
  @Field(() => [String], {
    nullable: true,
    description:
      "Alpha-3 codes of its full members in the last year the registry records it (2014 for an organisation still active then), ordered by code. For another year or level, ask `membershipOverlap`.",
  })
  memberCodes!: string[];

  @sizedList(LARGEST_MEMBERSHIP)
  @Field(() => [Country], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.members })
  members!: Country[];

  @sizedList(MOST_ACTIVITIES)
  @Field(() => [Activity], { nullable: true, description: "Its activities: none, since the registry records members, not activities." })
  activities!: Activity[];

  @sizedList(MOST_MEMBERSHIP_SPELLS)
  @Field(() => [MembershipSpell], {
    nullable: true,
    description: `${BODY_FIELD_DESCRIPTIONS.membershipSpells} Registry spells are whole years of full membership and end by the registry's last year (2014) at the latest: it says nothing after.`,
  })
  membershipSpells!: MembershipSpell[];

  @sizedList(LARGEST_MEMBERSHIP)
  @Field(() => [String], { nullable: true, description: `${BODY_FIELD_DESCRIPTIONS.memberCodesOn} Empty after the registry's last year (2014).` })
  memberCodesOn!: string[];
}

function hubBodyRef(name: string): ClassType {
  // Owned by another subgraph; this one only returns references to it.
  @Directive(`@key(fields: "id", resolvable: false)`)
  @ObjectType(name, { implements: BodyRef })
  class HubBodyRef {
    @Field(() => ID)
    id!: string;
  }
  return HubBodyRef;
}

/** One reference type per hub body type (CommunityOfDemocracies, D10, …), for `orphanedTypes`. */
export const HUB_BODY_REFS = [...new Set(Object.values(HUB_BODY_TYPES))].map(hubBodyRef);

export enum ExternalBodyCategory {
  INFORMAL_GROUP = "INFORMAL_GROUP",
  DISSOLVED_IGO = "DISSOLVED_IGO",
  REGIONAL_UNION = "REGIONAL_UNION",
  GOVERNMENT = "GOVERNMENT",
  INITIATIVE = "INITIATIVE",
}

registerEnumType(ExternalBodyCategory, {
  name: "ExternalBodyCategory",
  description:
    "What an external body is: an informal intergovernmental group (IIGO 2.0), an IGO that ended (DIGO), a regional union (the EU), a government, or an initiative that commitments belong to (the Presidential Initiative for Democratic Renewal, an Open Government Partnership action plan).",
});

@Directive(`@key(fields: "id")`)
@ObjectType({
  implements: BodyRef,
  description:
    "A body beyond the hub's own and the Correlates of War registry, imported with its source: an informal group with dated members (`iigo:…`), an IGO that ended with its mandate (`digo:…`), the European Union (`eu`), or a government or initiative that democracy-support commitments belong to (`gov:USA`, `initiative:pidr`, `initiative:ogp-canada-5`).",
})
export class ExternalBody {
  @Field(() => ID, { description: "`iigo:<name>`, `digo:<name>`, `eu`, `gov:<alpha-3>` or `initiative:<name>`." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Its name, as its source writes it." })
  name!: string;

  @Field(() => ExternalBodyCategory, { nullable: true, description: "What kind of body it is." })
  category!: ExternalBodyCategory;

  @Field(() => String, {
    nullable: true,
    description: "What it does, in its source's words: an informal group's domain, a dead IGO's mandate, an initiative's purpose.",
  })
  mandate!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "When it began, as precise as the source." })
  began!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "When it ended; null while active (as far as its source knows)." })
  ended!: string | null;

  @Field(() => String, { nullable: true, description: "Why it ended, in its source's terms (dissolved, replaced by a successor, became a formal IGO …)." })
  endReason!: string | null;

  @Field(() => SourceRef, { nullable: true, description: "Where it is recorded." })
  source!: SourceRef;

  @sizedList(LARGEST_MEMBERSHIP)
  @Field(() => [String], {
    nullable: true,
    description:
      "Alpha-3 codes of its members in the last year its source describes (2017 for informal groups, this year for the EU), ordered by code; empty for a dead IGO, whose members the source does not list.",
  })
  memberCodes!: string[];

  @sizedList(LARGEST_MEMBERSHIP)
  @Field(() => [Country], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.members })
  members!: Country[];

  @sizedList(MOST_MEMBERSHIP_SPELLS)
  @Field(() => [MembershipSpell], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.membershipSpells })
  membershipSpells!: MembershipSpell[];

  @sizedList(LARGEST_MEMBERSHIP)
  @Field(() => [String], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.memberCodesOn })
  memberCodesOn!: string[];

  @sizedList(MOST_ACTIVITIES)
  @Field(() => [Activity], { nullable: true, description: "Its programmes and commitments, as its source lists them, oldest first." })
  activities!: Activity[];
}

export const BodyConnection = createConnectionType("Body", BodyRef, "Bodies, hub bodies first, then registry IGOs by id.");
