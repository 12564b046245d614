import { loadKnown } from "../../shared/loaders.js";
import { IGO_REGISTRY } from "../types/igo-registry.js";
import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth.js";
import { bodyTypeName } from "../../shared/bodies/body-ids.js";
import { connectionFrom, connectionOf } from "../../shared/connection.js";
import { inputError } from "../../platform/errors.js";
import { RoleMutation } from "../../shared/mutations/role-mutation.js";
import { UnknownBodyError } from "../analytics/engine.js";
import type { MemberLevel as Level } from "../analytics/membership-index.js";
import type { OverlapsContext } from "../loaders.js";
import { BodyRef, BodyConnection } from "../types/bodies.js";
import { Country } from "../types/country.js";
import { MemberLevel } from "../types/enums.js";
import { MembershipOverlap, MembershipOverlapConnection, RefreshOverlapsPayload } from "../types/overlaps.js";
import { toOverlap } from "./mappers.js";

function levels(include: MemberLevel[] | null): Level[] {
  return [...new Set([MemberLevel.FULL, ...(include ?? [])])] as Level[];
}

function checkYear(year: number | null): number | null {
  if (year !== null && year !== undefined && (year < 1816 || year > 2100))
    throw inputError("year", `expected a year from 1816 (the registry's first) to 2100, received ${year}`);
  return year ?? null;
}

/**
 * Before an answer that uses the analyses: the hub read again when it may have changed, so every
 * answer sees the hub as it is now (see HubSnapshot.fresh), and the store read in a worker thread
 * when an import changed it (OverlapsEngine.loadStoreChanges).
 */
export async function ready(context: OverlapsContext): Promise<void> {
  await Promise.all([context.engine.snapshot.fresh(context.writeMark), context.engine.loadStoreChanges()]);
}

const INCLUDE_DESCRIPTION = "Count associate members and observers too; full members always count.";

@Resolver(() => MembershipOverlap)
export class OverlapsResolver {
  @Query(() => BodyRef, {
    nullable: true,
    description:
      "One body by id: a hub body (`community-of-democracies`, `d10`, `g7`, `summit-for-democracy`, `alliance-of-democracies`, `un-democracy-caucus`), a registry IGO (`cow:<ioname>`) or an external body (`iigo:…`, `digo:…`, `eu`, `gov:…`, `initiative:…`); null when none has the id.",
  })
  async body(@Arg("id", () => ID, { description: "The body's id." }) id: string, @Ctx() context: OverlapsContext): Promise<{ id: string } | null> {
    const type = bodyTypeName(id);
    if (type === null) return null;
    // Hub bodies are known by id alone; their owners answer for them. Registry and external ids must exist.
    if (type !== "RegistryOrganization" && type !== "ExternalBody") return { id };
    return context.engine.index().body(id) ? { id } : null;
  }

  @Query(() => BodyConnection, {
    nullable: true,
    description: "Bodies the hub compares: hub bodies first, then registry IGOs by id, then external bodies by id; filtered by a text in the id or name.",
  })
  async bodies(
    @Arg("search", () => String, { nullable: true, description: "Case-insensitive text in the id or name." }) search: string | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: OverlapsContext,
  ) {
    await ready(context);
    const needle = search?.toLowerCase() ?? "";
    const bodies = context.engine
      .index()
      .bodies.filter((b) => b.id.toLowerCase().includes(needle) || b.name.toLowerCase().includes(needle))
      .map((b) => ({ id: b.id }));
    // The search is part of the cursor's kind: a cursor of another search is refused, not misread.
    return connectionFrom(`bodies:${needle}`, bodies, { first, after });
  }

  @Query(() => MembershipOverlap, { nullable: true, description: "Membership overlap of two bodies in a year (default: the registry's last year, 2014)." })
  async membershipOverlap(
    @Arg("aId", () => ID, { description: "First body id." }) a: string,
    @Arg("bId", () => ID, { description: "Second body id." }) b: string,
    @Arg("year", () => Int, { nullable: true, description: "The year; hub bodies use their current members whatever it is." }) year: number | null,
    @Arg("include", () => [MemberLevel], { nullable: true, description: INCLUDE_DESCRIPTION }) include: MemberLevel[] | null,
    @Ctx() context: OverlapsContext,
  ): Promise<MembershipOverlap> {
    await ready(context);
    try {
      return toOverlap(context.engine.membershipOverlap(a, b, checkYear(year), levels(include)), context.engine);
    } catch (error) {
      if (error instanceof UnknownBodyError)
        throw inputError(error.message === a ? "aId" : "bId", `no body has the id ${JSON.stringify(error.message)} (see Query.bodies)`);
      throw error;
    }
  }

  @Query(() => MembershipOverlapConnection, {
    nullable: true,
    description: "Every pair of bodies whose members in a year are at least `minJaccard` the same, most similar first.",
  })
  async nearDuplicateBodies(
    @Arg("minJaccard", () => Float, { description: "Threshold, 0 to 1 (e.g. 0.9)." }) minJaccard: number,
    @Arg("year", () => Int, { nullable: true, description: "The year (default: the registry's last, 2014)." }) year: number | null,
    @Arg("include", () => [MemberLevel], { nullable: true, description: INCLUDE_DESCRIPTION }) include: MemberLevel[] | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: OverlapsContext,
  ): Promise<MembershipOverlapConnection> {
    if (!(minJaccard > 0 && minJaccard <= 1)) throw inputError("minJaccard", `expected a number above 0 and at most 1, received ${minJaccard}`);
    await ready(context);
    const counted = levels(include);
    const pairs = context.engine.nearDuplicates(minJaccard, checkYear(year), counted);
    // Spelled out (shared members, containment) for the page only.
    const page = connectionFrom("pair", pairs, { first, after });
    const edges = page.edges.map((edge) =>
      edge.withNode(toOverlap(context.engine.overlapDetail(edge.node.a, edge.node.b, edge.node.year, counted), context.engine)),
    );
    return {
      ...connectionOf(edges, page.totalCount, page.pageInfo.hasNextPage, page.pageInfo.hasPreviousPage),
      year: year ?? context.engine.latestYear(),
      computedFrom: [IGO_REGISTRY],
      refreshedAt: context.engine.snapshot.refreshedAt,
    };
  }

  @RoleMutation(
    [Role.SECRETARIAT],
    () => RefreshOverlapsPayload,
    "Reads the hub's bodies and activities through the gateway again, now; the analyses are rebuilt when what was read changed.",
  )
  async refreshOverlaps(@Ctx() context: OverlapsContext): Promise<RefreshOverlapsPayload> {
    const { snapshot } = context.engine;
    await snapshot.refresh();
    return {
      refreshedAt: snapshot.refreshedAt,
      bodyCount: snapshot.bodies.length,
      activityCount: snapshot.activities.length,
      failure: snapshot.lastError,
      userErrors: [],
    };
  }

  @FieldResolver(() => [Country], { description: "The members the two share, ordered by code." })
  async shared(@Root() overlap: MembershipOverlap, @Ctx() context: OverlapsContext): Promise<Country[]> {
    return loadKnown(context.loaders.country, overlap.sharedCodes);
  }

  @FieldResolver(() => [Country], { description: "Members of A that B does not have, ordered by code." })
  async onlyInA(@Root() overlap: MembershipOverlap, @Ctx() context: OverlapsContext): Promise<Country[]> {
    return loadKnown(context.loaders.country, overlap.onlyInACodes);
  }

  @FieldResolver(() => [Country], { description: "Members of B that A does not have, ordered by code." })
  async onlyInB(@Root() overlap: MembershipOverlap, @Ctx() context: OverlapsContext): Promise<Country[]> {
    return loadKnown(context.loaders.country, overlap.onlyInBCodes);
  }
}
