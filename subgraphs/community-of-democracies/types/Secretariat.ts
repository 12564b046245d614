import { Field, Int, ObjectType } from "type-graphql";
import { SourceRef } from "../../shared/types/SourceRef.js";

@ObjectType({ description: "The Permanent Secretariat of the Community of Democracies." })
export class Secretariat {
  @Field(() => String, { description: "Name of the secretariat." })
  name!: string;

  @Field(() => String, { description: "City where it sits." })
  city!: string;

  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => Int, { description: "Year it has sat there since." })
  sinceYear!: number;

  @Field(() => SourceRef, { description: "Where this is recorded." })
  source!: SourceRef;
}
