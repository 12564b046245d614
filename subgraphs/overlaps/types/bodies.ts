/**
 * Bodies as the overlaps subgraph serves them. It compares every body the hub knows, but owns
 * only the registry's IGOs: the hub's own bodies are references (`{ id }`) the gateway completes
 * from their owners. Its `Body` interface declares only `id`; composition merges the owners' fields.
 */
import { Directive, Field, ID, InterfaceType, ObjectType, type ClassType } from "type-graphql";
import { ACTIVITY_DESCRIPTION, ActivityBase } from "../../shared/bodies/Activity.js";
import { HUB_BODY_TYPES, resolveBodyType } from "../../shared/bodies/body-ids.js";
import { BODY_FIELD_DESCRIPTIONS } from "../../shared/bodies/body-types.js";
import { Country } from "./Country.js";

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

  @Field(() => [String], {
    nullable: true,
    description:
      "Alpha-3 codes of its full members in the last year the registry records it (2014 for an organisation still active then), ordered by code. For another year or level, ask `membershipOverlap`.",
  })
  memberCodes!: string[];

  @Field(() => [Country], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.members })
  members!: Country[];

  @Field(() => [Activity], { nullable: true, description: "Its activities: none, since the registry records members, not activities." })
  activities!: Activity[];
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
