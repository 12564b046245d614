import { GraphQLDate } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "What the record behind an answer covers, so that an empty answer is never mistaken for a quiet period: its first and latest roll call, whether an import is running, and whether the period asked about lies after the latest record.",
})
export class RecordCoverage {
  @Field(() => GraphQLDate, { nullable: true, description: "Day of the first roll call held; null while none is." })
  firstRecordDate!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "Day of the latest roll call held; null while none is." })
  latestRecordDate!: string | null;

  @Field(() => Int, { nullable: true, description: "Session of the latest roll call held." })
  latestSession!: number | null;

  @Field(() => Boolean, {
    description:
      "True while this hub imports General Assembly votes: the answer then comes from the record as it stood before the import (at first start, none or part of it).",
  })
  importInProgress!: boolean;

  @Field(() => Boolean, { description: "True when the session or period asked about begins after the latest roll call held: nothing there is recorded yet." })
  afterLatestRecord!: boolean;

  @Field(() => String, { nullable: true, description: "The above in a sentence for a reader, when there is something to say; null otherwise." })
  note!: string | null;
}
