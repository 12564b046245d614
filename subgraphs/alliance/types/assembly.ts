import { GraphQLDate } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { RecommendationDimension, ResponseStatus } from "./enums.js";

@ObjectType({ description: "A session of the transnational citizens' assembly (principle 7)." })
export class AssemblySession {
  @Field(() => ID, { description: "Session id." })
  id!: string;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => GraphQLDate, { description: "Day it opened." })
  openedOn!: string;

  @Field(() => String, { nullable: true, description: "Where it met; null when online." })
  location!: string | null;
}

@ObjectType({ description: "A citizen sitting in an assembly session." })
export class AssemblyMember {
  @Field(() => ID, { description: "Member id." })
  id!: string;

  @Field(() => String, { description: "The member's name." })
  name!: string;

  /** Resolved to a Country by the field resolver. */
  residenceCode!: string;
}

@ObjectType({ description: "A recommendation the assembly adopted." })
export class Recommendation {
  @Field(() => ID, { description: "Recommendation id." })
  id!: string;

  sessionId!: number;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "The recommendation's text." })
  text!: string;

  @Field(() => RecommendationDimension, { description: "Internal (democracy at home) or external (promoting and defending democracy)." })
  dimension!: RecommendationDimension;

  @Field(() => GraphQLDate, { description: "Day adopted." })
  adoptedOn!: string;
}

@ObjectType({ description: "An answer to a recommendation." })
export class RecommendationResponse {
  @Field(() => ID, { description: "Response id." })
  id!: string;

  @Field(() => ResponseStatus, { description: "Accepted, partly accepted, rejected, or under consideration." })
  status!: ResponseStatus;

  @Field(() => String, { description: "The answer." })
  text!: string;

  @Field(() => String, { description: "Who answered." })
  respondedBy!: string;

  @Field(() => GraphQLDate, { description: "Day answered." })
  respondedOn!: string;
}
