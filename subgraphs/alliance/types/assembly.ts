/** The transnational citizens' assembly: sessions, members, recommendations and the answers to them. */
import { GraphQLDate } from "graphql-scalars";
import { ObjectType, Field, ID, InputType } from "type-graphql";
import { createConnectionType } from "../../shared/connection.js";
import { createPayloadType } from "../../shared/mutations/payload.js";
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

export const AssemblySessionConnection = createConnectionType("AssemblySession", AssemblySession, "Sessions of the citizens' assembly, oldest first.");

@InputType({ description: "A session of the citizens' assembly to open." })
export class OpenAssemblySessionInput {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => GraphQLDate, { nullable: true, description: "Day it opens; today when omitted." })
  openedOn?: Date | null;

  @Field(() => String, { nullable: true, description: "Where; omit when online." })
  location?: string | null;
}

@InputType({ description: "A citizen to seat in a session of the assembly." })
export class AddAssemblyMemberInput {
  @Field(() => ID, { description: "Session id." })
  sessionId!: string;

  @Field(() => String, { description: "The name, as it should be shown." })
  name!: string;

  @Field(() => String, { description: "Alpha-3 code of the country of residence." })
  residenceCountryCode!: string;
}

@InputType({ description: "A recommendation the assembly adopted." })
export class AdoptRecommendationInput {
  @Field(() => ID, { description: "Session id." })
  sessionId!: string;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "The recommendation's text." })
  text!: string;

  @Field(() => RecommendationDimension, { description: "Internal or external." })
  dimension!: RecommendationDimension;

  @Field(() => GraphQLDate, { nullable: true, description: "Day adopted; today when omitted." })
  adoptedOn?: Date | null;
}

@InputType({ description: "The answer to a recommendation." })
export class RespondToRecommendationInput {
  @Field(() => ID, { description: "Recommendation id." })
  recommendationId!: string;

  @Field(() => ResponseStatus, { description: "Accepted, partly accepted, rejected, or under consideration." })
  status!: ResponseStatus;

  @Field(() => String, { description: "The answer." })
  text!: string;

  @Field(() => GraphQLDate, { nullable: true, description: "Day answered; today when omitted." })
  respondedOn?: Date | null;
}

export const AssemblySessionPayload = createPayloadType(
  "AssemblySessionPayload",
  "session",
  AssemblySession,
  "The assembly session opened, or why it was refused.",
);

export const AssemblyMemberPayload = createPayloadType("AssemblyMemberPayload", "member", AssemblyMember, "The assembly member seated, or why it was refused.");

export const RecommendationPayload = createPayloadType(
  "RecommendationPayload",
  "recommendation",
  Recommendation,
  "The recommendation recorded, or why it was refused.",
);

export const RecommendationResponsePayload = createPayloadType(
  "RecommendationResponsePayload",
  "response",
  RecommendationResponse,
  "The response recorded, or why it was refused.",
);
