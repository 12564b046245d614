/** Bodies as the Alliance serves them, and the activities it records. */
import { InputType, Field } from "type-graphql";
import { ActivityKind } from "../../shared/bodies/Activity.js";
import { createBodyTypes } from "../../shared/bodies/body-types.js";
import { createPayloadType } from "../../shared/mutations/payload.js";
import { PartialDate } from "../../shared/scalars/PartialDate.js";
import { Country } from "./country.js";

/** `Body` and `Activity` as the alliance subgraph serves them (its Alliance and caucus are bodies). */
export const { Body, Activity } = createBodyTypes(Country);

export type Activity = InstanceType<typeof Activity>;

@InputType({ description: "An activity or planned structure of the Alliance." })
export class RecordActivityInput {
  @Field(() => ActivityKind, { description: "What kind of activity." })
  kind!: ActivityKind;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Description." })
  description?: string | null;

  @Field(() => [String], { description: "Topics (stored lower case)." })
  topics!: string[];

  @Field(() => [String], { defaultValue: [], description: "Alpha-3 codes of the participating countries." })
  countryCodes!: string[];

  @Field(() => PartialDate, { nullable: true, description: "Start, as precise as known." })
  startDate?: string | null;

  @Field(() => PartialDate, { nullable: true, description: "End, as precise as known." })
  endDate?: string | null;

  @Field(() => String, { description: "Where it is documented." })
  sourceTitle!: string;

  @Field(() => String, { nullable: true, description: "Address of the source." })
  sourceUrl?: string | null;
}

export const ActivityPayload = createPayloadType("ActivityPayload", "activity", () => Activity, "The activity recorded, or why it was refused.");
