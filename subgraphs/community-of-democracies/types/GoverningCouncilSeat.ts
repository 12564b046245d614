import { Field, ObjectType } from "type-graphql";
import { SourceRef } from "../../shared/types/SourceRef.js";

@ObjectType({ description: "A state's seat on the Governing Council of the Community of Democracies." })
export class GoverningCouncilSeat {
  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => SourceRef, { description: "Where this seat is recorded." })
  source!: SourceRef;
}
