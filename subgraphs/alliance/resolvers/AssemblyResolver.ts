/** The transnational citizens' assembly (principle 7): sessions, members, recommendations and the answers to them. */
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { connectionFrom } from "../../shared/connection.js";
import { AssemblySessionConnection } from "../types/connections.js";
import { attempt } from "../../shared/mutations/payload.js";
import { RoleMutation } from "../../shared/mutations/role-mutation.js";
import { AddAssemblyMemberInput, AdoptRecommendationInput, OpenAssemblySessionInput, RespondToRecommendationInput } from "../types/inputs.js";
import { AssemblyMemberPayload, AssemblySessionPayload, RecommendationPayload, RecommendationResponsePayload } from "../types/payloads.js";
import { idNumber } from "./ids.js";
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
  @Query(() => AssemblySessionConnection, { nullable: true, description: "Sessions of the citizens' assembly, oldest first." })
  async assemblySessions(
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: AllianceContext,
  ) {
    return connectionFrom("assembly-sessions", (await context.loaders.sessions.load("all")).map(toSession), { first, after });
  }

  @FieldResolver(() => [AssemblyMember], { description: "Its members." })
  async members(@Root() session: AssemblySession, @Ctx() context: AllianceContext): Promise<AssemblyMember[]> {
    return (await context.loaders.membersBySession.load(Number(session.id))).map(toMember);
  }

  @FieldResolver(() => [Recommendation], { description: "The recommendations it adopted." })
  async recommendations(
    @Root() session: AssemblySession,
    @Arg("dimension", () => RecommendationDimension, { nullable: true, description: "Only internal or only external ones." })
    dimension: RecommendationDimension | null,
    @Ctx() context: AllianceContext,
  ): Promise<Recommendation[]> {
    const rows = await context.loaders.recommendationsBySession.load(Number(session.id));
    return rows.filter((row) => !dimension || row.dimension === dimension).map(toRecommendation);
  }

  @RoleMutation([Role.SECRETARIAT], () => AssemblySessionPayload, "Opens a session of the citizens' assembly.")
  openAssemblySession(
    @Arg("input", () => OpenAssemblySessionInput, { description: "The fields of the record; see the input type." }) input: OpenAssemblySessionInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("session", () => toSession(context.commands.assembly.openSession(context.actor!, input)));
  }

  @RoleMutation([Role.SECRETARIAT], () => AssemblyMemberPayload, "Seats a citizen in a session of the assembly.")
  addAssemblyMember(
    @Arg("input", () => AddAssemblyMemberInput, { description: "The fields of the record; see the input type." }) input: AddAssemblyMemberInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("member", () =>
      toMember(context.commands.assembly.addMember(context.actor!, { ...input, sessionId: idNumber("sessionId", "assembly session", input.sessionId) })),
    );
  }

  @RoleMutation([Role.SECRETARIAT], () => RecommendationPayload, "Records a recommendation the assembly adopted.")
  adoptRecommendation(
    @Arg("input", () => AdoptRecommendationInput, { description: "The fields of the record; see the input type." }) input: AdoptRecommendationInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("recommendation", () =>
      toRecommendation(
        context.commands.assembly.adoptRecommendation(context.actor!, { ...input, sessionId: idNumber("sessionId", "assembly session", input.sessionId) }),
      ),
    );
  }

  @RoleMutation(
    [Role.SECRETARIAT, Role.MEMBER_STATE_DELEGATE],
    () => RecommendationResponsePayload,
    "Records the answer to a recommendation, by the secretariat or a member government.",
  )
  respondToRecommendation(
    @Arg("input", () => RespondToRecommendationInput, { description: "The fields of the record; see the input type." }) input: RespondToRecommendationInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("response", () =>
      toResponse(
        context.commands.assembly.respondToRecommendation(context.actor!, {
          ...input,
          recommendationId: idNumber("recommendationId", "recommendation", input.recommendationId),
        }),
      ),
    );
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
