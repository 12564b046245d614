import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { SourceRef } from "./SourceRef.js";

export enum ActivityKind {
  WORKING_GROUP = "WORKING_GROUP",
  PROGRAMME = "PROGRAMME",
  MEETING = "MEETING",
  INITIATIVE = "INITIATIVE",
  JOINT_STATEMENT = "JOINT_STATEMENT",
  STRUCTURE = "STRUCTURE",
}
registerEnumType(ActivityKind, { name: "ActivityKind", description: "What kind of activity a body runs." });

/** The same value type in every subgraph that owns a body, hence @shareable on each field. */
@ObjectType({ description: "An activity of a body: a working group, programme, meeting, initiative, joint statement or standing structure." })
export class Activity {
  @Directive("@shareable")
  @Field(() => String, { description: "Stable id, unique across bodies (prefixed by the body)." })
  id!: string;

  @Directive("@shareable")
  @Field(() => String, { description: "Id of the body that runs it." })
  bodyId!: string;

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
  participantCodes!: string[];

  @Directive("@shareable")
  @Field(() => String, { nullable: true, description: "Start, as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD; null where not recorded." })
  startDate!: string | null;

  @Directive("@shareable")
  @Field(() => String, { nullable: true, description: "End, as precise as the source; null while it runs or where not recorded." })
  endDate!: string | null;

  @Directive("@shareable")
  @Field(() => SourceRef, { description: "Where it is recorded." })
  source!: SourceRef;
}
