/** The Community of Democracies: its founding, secretariat and working groups. */
import { GraphQLDate } from "graphql-scalars";
import { ObjectType, Field, ID, Int, Directive } from "type-graphql";
import { SourceRef } from "../../shared/types/SourceRef.js";
import { Body } from "./bodies.js";

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

@Directive(`@key(fields: "id")`)
@ObjectType({
  implements: Body,
  description:
    "The Community of Democracies, the intergovernmental coalition founded by the Warsaw Declaration in 2000. " +
    "The Alliance of Democracies must not duplicate it; its lists are resolved on demand.",
})
export class CommunityOfDemocracies {
  @Field(() => ID, { description: "Stable id of the body: `community-of-democracies`." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Name of the body." })
  name!: string;
}
