import { GraphQLDate } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { SourceRef } from "../../shared/types/SourceRef.js";

@ObjectType({ description: "The founding act of the Community of Democracies." })
export class Founding {
  @Field(() => String, { description: "The founding document." })
  document!: string;

  @Field(() => String, { description: "City of the founding conference." })
  city!: string;

  /** Resolved to a Country by the field resolver. */
  countryCode!: string;

  @Field(() => GraphQLDate, { description: "First day of the founding conference." })
  startDate!: string;

  @Field(() => GraphQLDate, { description: "Last day of the founding conference." })
  endDate!: string;

  @Field(() => Int, { description: "Number of states that signed the founding document." })
  signatoryCount!: number;

  @Field(() => SourceRef, { description: "Where this is recorded." })
  source!: SourceRef;
}
