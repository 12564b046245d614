/** The transnational citizens' assembly (principle 7): sessions, members, recommendations and the answers to them. */
import { GraphQLDate } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AllianceContext } from "../loaders.js";
import type { AssemblyMemberRow, RecommendationRow, ResponseRow, SessionRow } from "../records.js";
import { AssemblyMember, AssemblySession, Recommendation, RecommendationResponse } from "../types/assembly.js";
import { Country } from "../types/Country.js";
import { RecommendationDimension, ResponseStatus, Role } from "../types/enums.js";

const toSession = (row: SessionRow): AssemblySession => ({ id: String(row.id), title: row.title, openedOn: row.opened_on, location: row.location });
const toMember = (row: AssemblyMemberRow): AssemblyMember => ({ id: String(row.id), name: row.name, residenceCode: row.residence_code });
const toRecommendation = (row: RecommendationRow): Recommendation => ({
  id: String(row.id),
  sessionId: row.session_id,
  title: row.title,
  text: row.text,
  dimension: RecommendationDimension[row.dimension],
  adoptedOn: row.adopted_on,
});
const toResponse = (row: ResponseRow): RecommendationResponse => ({
  id: String(row.id),
  status: row.status as ResponseStatus,
  text: row.text,
  respondedBy: row.responded_by,
  respondedOn: row.responded_on,
});

@Resolver(() => AssemblySession)
export class AssemblyResolver {
  @Query(() => [AssemblySession], { description: "Sessions of the citizens' assembly, oldest first." })
  async assemblySessions(@Ctx() context: AllianceContext): Promise<AssemblySession[]> {
    return (await context.loaders.sessions.load("all")).map(toSession);
  }

  @FieldResolver(() => [AssemblyMember], { description: "Its members." })
  async members(@Root() session: AssemblySession, @Ctx() context: AllianceContext): Promise<AssemblyMember[]> {
    return (await context.loaders.membersBySession.load(Number(session.id))).map(toMember);
  }

  @FieldResolver(() => [Recommendation], { description: "The recommendations it adopted." })
  async recommendations(
    @Root() session: AssemblySession,
    @Arg("dimension", () => RecommendationDimension, { nullable: true, description: "Only internal or only external ones." }) dimension: RecommendationDimension | null,
    @Ctx() context: AllianceContext,
  ): Promise<Recommendation[]> {
    const rows = await context.loaders.recommendationsBySession.load(Number(session.id));
    return rows.filter((row) => !dimension || row.dimension === dimension).map(toRecommendation);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => AssemblySession, { description: "Opens a session of the citizens' assembly." })
  openAssemblySession(
    @Arg("title", () => String, { description: "Title." }) title: string,
    @Arg("openedOn", () => GraphQLDate, { nullable: true, description: "Day it opens; today when omitted." }) openedOn: Date | null,
    @Arg("location", () => String, { nullable: true, description: "Where; omit when online." }) location: string | null,
    @Ctx() context: AllianceContext,
  ): AssemblySession {
    return toSession(context.commands.openAssemblySession(context.actor!, { title, openedOn, location }));
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => AssemblyMember, { description: "Seats a citizen in a session." })
  addAssemblyMember(
    @Arg("session", () => ID, { description: "Session id." }) session: string,
    @Arg("name", () => String, { description: "Name." }) name: string,
    @Arg("residence", () => String, { description: "Alpha-3 code of the country of residence." }) residence: string,
    @Ctx() context: AllianceContext,
  ): AssemblyMember {
    return toMember(context.commands.addAssemblyMember(context.actor!, { session: Number(session), name, residence }));
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Recommendation, { description: "Records a recommendation the assembly adopted." })
  adoptRecommendation(
    @Arg("session", () => ID, { description: "Session id." }) session: string,
    @Arg("title", () => String, { description: "Title." }) title: string,
    @Arg("text", () => String, { description: "Text." }) text: string,
    @Arg("dimension", () => RecommendationDimension, { description: "Internal or external." }) dimension: RecommendationDimension,
    @Arg("adoptedOn", () => GraphQLDate, { nullable: true, description: "Day adopted; today when omitted." }) adoptedOn: Date | null,
    @Ctx() context: AllianceContext,
  ): Recommendation {
    return toRecommendation(context.commands.adoptRecommendation(context.actor!, { session: Number(session), title, text, dimension, adoptedOn }));
  }

  @Authorized(Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE)
  @Mutation(() => RecommendationResponse, { description: "Records the answer to a recommendation, by the secretariat or a member government." })
  respondToRecommendation(
    @Arg("recommendation", () => ID, { description: "Recommendation id." }) recommendation: string,
    @Arg("status", () => ResponseStatus, { description: "Accepted, partly accepted, rejected, or under consideration." }) status: ResponseStatus,
    @Arg("text", () => String, { description: "The answer." }) text: string,
    @Arg("respondedOn", () => GraphQLDate, { nullable: true, description: "Day answered; today when omitted." }) respondedOn: Date | null,
    @Ctx() context: AllianceContext,
  ): RecommendationResponse {
    return toResponse(context.commands.respondToRecommendation(context.actor!, { recommendation: Number(recommendation), status, text, respondedOn }));
  }
}

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @FieldResolver(() => [RecommendationResponse], { description: "Answers, oldest first; empty while unanswered." })
  async responses(@Root() recommendation: Recommendation, @Ctx() context: AllianceContext): Promise<RecommendationResponse[]> {
    return (await context.loaders.responsesByRecommendation.load(Number(recommendation.id))).map(toResponse);
  }
}

@Resolver(() => AssemblyMember)
export class AssemblyMemberResolver {
  @FieldResolver(() => Country, { nullable: true, description: "Country of residence." })
  residence(@Root() member: AssemblyMember, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(member.residenceCode);
  }
}
