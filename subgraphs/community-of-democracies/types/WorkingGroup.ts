import { Field, ID, Int, ObjectType } from "type-graphql";
import { SourceRef } from "../../shared/types/SourceRef.js";

@ObjectType({ description: "A working group of the Community of Democracies." })
export class WorkingGroup {
  @Field(() => ID, { description: "Stable id, e.g. `women-and-democracy`." })
  id!: string;

  @Field(() => String, { description: "Name of the working group." })
  name!: string;

  @Field(() => Int, { nullable: true, description: "Year it was set up; null where the source gives none." })
  sinceYear!: number | null;

  @Field(() => SourceRef, { description: "Where this working group is recorded." })
  source!: SourceRef;
}
