/** The transnational citizens' assembly (principle 7): sessions, members, recommendations and the answers to them. */
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { connectionFrom } from "../../shared/connection.js";
import {
  AssemblySessionConnection,
  AddAssemblyMemberInput,
  AdoptRecommendationInput,
  OpenAssemblySessionInput,
  RespondToRecommendationInput,
  AssemblyMemberPayload,
  AssemblySessionPayload,
  RecommendationPayload,
  RecommendationResponsePayload,
  AssemblyMember,
  AssemblySession,
  Recommendation,
  RecommendationResponse,
} from "../types/assembly.js";
import { attempt } from "../../shared/mutations/payload.js";
import { RoleMutation } from "../../shared/mutations/role-mutation.js";
import { idNumber } from "./ids.js";
import { toAssemblyMember, toAssemblySession, toRecommendation, toRecommendationResponse } from "./mappers.js";
import type { AllianceContext } from "../loaders.js";
import { Country } from "../types/country.js";
import { RecommendationDimension, Role } from "../types/enums.js";

@Resolver(() => AssemblySession)
export class AssemblyResolver {
  @Query(() => AssemblySessionConnection, { nullable: true, description: "Sessions of the citizens' assembly, oldest first." })
  async assemblySessions(
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: AllianceContext,
  ) {
    return connectionFrom("assembly-sessions", (await context.loaders.sessions.load("all")).map(toAssemblySession), { first, after });
  }

  @FieldResolver(() => [AssemblyMember], { description: "Its members." })
  async members(@Root() session: AssemblySession, @Ctx() context: AllianceContext): Promise<AssemblyMember[]> {
    return (await context.loaders.membersBySession.load(Number(session.id))).map(toAssemblyMember);
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
    return attempt("session", () => toAssemblySession(context.commands.assembly.openSession(context.actor!, input)));
  }

  @RoleMutation([Role.SECRETARIAT], () => AssemblyMemberPayload, "Seats a citizen in a session of the assembly.")
  addAssemblyMember(
    @Arg("input", () => AddAssemblyMemberInput, { description: "The fields of the record; see the input type." }) input: AddAssemblyMemberInput,
    @Ctx() context: AllianceContext,
  ) {
    return attempt("member", () =>
      toAssemblyMember(
        context.commands.assembly.addMember(context.actor!, { ...input, sessionId: idNumber("sessionId", "assembly session", input.sessionId) }),
      ),
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
      toRecommendationResponse(
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
    return (await context.loaders.responsesByRecommendation.load(Number(recommendation.id))).map(toRecommendationResponse);
  }
}

@Resolver(() => AssemblyMember)
export class AssemblyMemberResolver {
  @FieldResolver(() => Country, { nullable: true, description: "Country of residence." })
  residence(@Root() member: AssemblyMember, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(member.residenceCode);
  }
}
