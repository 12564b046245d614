import { Field, ID, Int, ObjectType } from "type-graphql";
import { SourceRef } from "../../shared/types/SourceRef.js";

@ObjectType({ description: "A meeting of the D-10 Strategy Forum." })
export class D10Meeting {
  @Field(() => ID, { description: "Stable id, e.g. `2016-tokyo`." })
  id!: string;

  @Field(() => Int, { description: "Year the meeting took place." })
  year!: number;

  @Field(() => String, { nullable: true, description: "City where it met; null for a virtual meeting." })
  city!: string | null;

  @Field(() => Boolean, { description: "True when the meeting was held online." })
  virtual!: boolean;

  /** Resolved by the host field resolver from this code. */
  hostCode!: string | null;

  @Field(() => SourceRef, { description: "Where this meeting is recorded." })
  source!: SourceRef;
}
