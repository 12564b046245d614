/**
 * The `Body` interface and the `Activity` type as a subgraph that owns bodies serves them. Made
 * per subgraph, like `Country`: `members` lists that subgraph's own `Country` type. Composition
 * merges the interface across subgraphs; the un-votes subgraph adds `generalAssemblyVoting`.
 */
import { Arg, Directive, Field, ID, InterfaceType, ObjectType, type ClassType } from "type-graphql";
import { PartialDate } from "../scalars/PartialDate.js";
import { ACTIVITY_DESCRIPTION, ActivityBase } from "./Activity.js";
import { resolveBodyType } from "./body-ids.js";
import { MembershipSpell } from "./membership-spells.js";
import { LARGEST_MEMBERSHIP, MOST_ACTIVITIES, MOST_MEMBERSHIP_SPELLS, sizedList } from "../cost.js";

export const BODY_DESCRIPTION =
  "A body the hub knows: one of its own (the Community of Democracies, the D-10, the Alliance of Democracies, the UN Democracy Caucus, " +
  "the structures beside the D-10) or an intergovernmental organisation of the Correlates of War registry. Every body has members and " +
  "activities, and its members' General Assembly voting can be analysed.";

export const BODY_FIELD_DESCRIPTIONS = {
  id: "Stable id: `community-of-democracies`, `d10`, `g7`, `summit-for-democracy`, `alliance-of-democracies`, `un-democracy-caucus`, or `cow:<ioname>` for a registry IGO (e.g. `cow:NATO`).",
  name: "Its name, as the body or its source writes it.",
  memberCodes: "Alpha-3 codes of its member states, ordered by code: the group other subgraphs analyse. Empty where the source lists none.",
  members: "Its member states, ordered by code.",
  activities: "Its activities, oldest first; empty where none are recorded.",
  membershipSpells:
    "Its members over time, one spell per membership, ordered by member and start: dated where its source dates them (the Alliance from its decisions, the caucus from its recorded changes, registry IGOs by year, informal groups and the EU from their sources); undated (no start, no end) where the source lists only today's members.",
  memberCodesOn:
    "Alpha-3 codes of its members on a date or in a year (YYYY, YYYY-MM or YYYY-MM-DD), ordered by code, from `membershipSpells`: a member whose start is not dated counts at any date before its end.",
} as const;

export function createBodyTypes(CountryType: ClassType) {
  @InterfaceType("Body", { description: BODY_DESCRIPTION, resolveType: resolveBodyType })
  abstract class Body {
    @Field(() => ID, { description: BODY_FIELD_DESCRIPTIONS.id })
    id!: string;

    @Field(() => String, { nullable: true, description: BODY_FIELD_DESCRIPTIONS.name })
    name!: string;

    @sizedList(LARGEST_MEMBERSHIP)
    @Field(() => [String], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.memberCodes })
    memberCodes!: string[];

    @sizedList(LARGEST_MEMBERSHIP)
    @Field(() => [CountryType], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.members })
    members!: object[];

    @sizedList(MOST_ACTIVITIES)
    @Field(() => [Activity], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.activities })
    activities!: Activity[];

    @sizedList(MOST_MEMBERSHIP_SPELLS)
    @Field(() => [MembershipSpell], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.membershipSpells })
    membershipSpells!: MembershipSpell[];

    @sizedList(LARGEST_MEMBERSHIP)
    @Field(() => [String], { nullable: true, description: BODY_FIELD_DESCRIPTIONS.memberCodesOn })
    memberCodesOn(@Arg("date", () => PartialDate, { description: "The date or year." }) _date: string): string[] {
      // Never called: every body type resolves the field itself, from its spells.
      throw new Error("memberCodesOn is resolved per body type");
    }
  }

  @ObjectType("Activity", { description: ACTIVITY_DESCRIPTION })
  class Activity extends ActivityBase {
    @Directive("@shareable")
    // A reference by id: the gateway asks the body's owner for anything beyond it.
    @Field(() => Body, { description: "The body that runs it." })
    body!: { id: string };
  }

  return { Body, Activity };
}

/** `__resolveReference` for a body a subgraph holds exactly one of: the body for its own id, null for any other. */
export function singletonReference<T extends { id: string }>(body: T) {
  return { __resolveReference: (reference: { id?: unknown }) => (reference.id === body.id ? body : null) };
}
