import { Directive, Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { PartialDate } from "../scalars/PartialDate.js";
import { SourceRef } from "../types/SourceRef.js";

export enum ActivityKind {
  WORKING_GROUP = "WORKING_GROUP",
  PROGRAMME = "PROGRAMME",
  MEETING = "MEETING",
  INITIATIVE = "INITIATIVE",
  JOINT_STATEMENT = "JOINT_STATEMENT",
  STRUCTURE = "STRUCTURE",
}
registerEnumType(ActivityKind, { name: "ActivityKind", description: "What kind of activity a body runs." });

export const ACTIVITY_DESCRIPTION = "An activity of a body: a working group, programme, meeting, initiative, joint statement or standing structure.";

/** What a subgraph's store hands out: the body that runs an activity is known by its id. */
export type ActivityRecord = {
  id: string;
  bodyId: string;
  /** `bodyId` as the reference `Activity.body` resolves to. */
  body: { id: string };
  kind: `${ActivityKind}`;
  title: string;
  description: string | null;
  topics: string[];
  countryCodes: string[];
  startDate: string | null;
  endDate: string | null;
  /** In US dollars where the source states an amount; absent for the hub's own records. */
  amountUsd?: number | null;
  source: SourceRef;
};

/**
 * The fields of `Activity` every subgraph that owns a body serves alike (a value type, hence
 * @shareable on each field). Each subgraph's `Activity` (bodies/body-types.ts) extends it with
 * `body`, typed by that subgraph's own `Body` interface; this class never appears in a schema.
 */
@ObjectType("ActivityBase")
export abstract class ActivityBase {
  @Directive("@shareable")
  @Field(() => ID, { description: "Stable id, unique across bodies (prefixed by the body)." })
  id!: string;

  @Directive("@shareable")
  @Field(() => ActivityKind, { description: "What kind of activity." })
  kind!: `${ActivityKind}`;

  @Directive("@shareable")
  @Field(() => String, { description: "Title." })
  title!: string;

  @Directive("@shareable")
  @Field(() => String, { nullable: true, description: "Description, where recorded." })
  description!: string | null;

  @Directive("@shareable")
  @Field(() => [String], { description: "Topics, lower case (e.g. `civil society`, `elections`)." })
  topics!: string[];

  @Directive("@shareable")
  @Field(() => [String], { description: "Alpha-3 codes of the participating countries, where recorded; empty when the source lists none." })
  countryCodes!: string[];

  @Directive("@shareable")
  @Field(() => PartialDate, { nullable: true, description: "Start, as precise as the source; null where not recorded." })
  startDate!: string | null;

  @Directive("@shareable")
  @Field(() => PartialDate, { nullable: true, description: "End, as precise as the source; null while it runs or where not recorded." })
  endDate!: string | null;

  @Directive("@shareable")
  @Field(() => Float, {
    nullable: true,
    description: 'The funding the source states for it, in US dollars ("up to $30 million" → 30000000); null where it states none.',
  })
  amountUsd?: number | null;

  @Directive("@shareable")
  @Field(() => SourceRef, { description: "Where it is recorded." })
  source!: SourceRef;
}
