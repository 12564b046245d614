import { GraphQLError } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth.js";
import { ErrorCode } from "../../shared/errors.js";
import { decodeCursor, encodeCursor, pageSize } from "../../shared/pagination.js";
import { UnknownBodyError, type Overlap } from "../analysis/engine.js";
import type { MemberLevel as Level } from "../analysis/membership-index.js";
import type { OverlapsContext } from "../context.js";
import { Country } from "../types/Country.js";
import { BodyKind, MemberLevel } from "../types/enums.js";
import { Body, BodyPairConnection, MembershipOverlap, RefreshResult } from "../types/overlap-types.js";

function bad(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: ErrorCode.BadUserInput, argument } });
}

function levels(include: MemberLevel[] | null): Level[] {
  return [...new Set([MemberLevel.FULL, ...(include ?? [])])] as Level[];
}

function checkYear(year: number | null): number | null {
  if (year !== null && year !== undefined && (year < 1816 || year > 2100)) throw bad("year", `expected a year from 1816 (the registry's first) to 2100, received ${year}`);
  return year ?? null;
}

export function toOverlap(overlap: Overlap, refreshedAt: string | null): MembershipOverlap {
  return { ...overlap, a: { ...overlap.a, kind: overlap.a.kind as BodyKind }, b: { ...overlap.b, kind: overlap.b.kind as BodyKind }, sharedCodes: overlap.shared, refreshedAt };
}

/** Reads the hub snapshot once before the first answer that needs it. */
export async function ready(context: OverlapsContext): Promise<void> {
  if (!context.engine.snapshot.refreshedAt) await context.engine.snapshot.refresh();
}

const INCLUDE_DESCRIPTION = "Count associate members and observers too; full members always count.";

@Resolver(() => MembershipOverlap)
export class OverlapsResolver {
  @Query(() => [Body], { description: "Bodies the hub compares, registry IGOs and hub bodies; filtered by a text in the id or name." })
  async bodies(
    @Arg("search", () => String, { nullable: true, description: "Case-insensitive text in the id or name." }) search: string | null,
    @Ctx() context: OverlapsContext,
  ): Promise<Body[]> {
    await ready(context);
    const needle = search?.toLowerCase();
    return context.engine
      .index()
      .bodies.filter((b) => !needle || b.id.toLowerCase().includes(needle) || b.name.toLowerCase().includes(needle))
      .map((b) => ({ ...b, kind: b.kind as BodyKind }));
  }

  @Query(() => MembershipOverlap, { nullable: true, description: "Membership overlap of two bodies in a year (default: the registry's last year, 2014)." })
  async membershipOverlap(
    @Arg("a", () => ID, { description: "First body id." }) a: string,
    @Arg("b", () => ID, { description: "Second body id." }) b: string,
    @Arg("year", () => Int, { nullable: true, description: "The year; hub bodies use their current members whatever it is." }) year: number | null,
    @Arg("include", () => [MemberLevel], { nullable: true, description: INCLUDE_DESCRIPTION }) include: MemberLevel[] | null,
    @Ctx() context: OverlapsContext,
  ): Promise<MembershipOverlap> {
    await ready(context);
    try {
      return toOverlap(context.engine.membershipOverlap(a, b, checkYear(year), levels(include)), context.engine.snapshot.refreshedAt);
    } catch (error) {
      if (error instanceof UnknownBodyError) throw bad(error.message === a ? "a" : "b", `no body has the id ${JSON.stringify(error.message)} (see Query.bodies)`);
      throw error;
    }
  }

  @Query(() => BodyPairConnection, { description: "Every pair of bodies whose members in a year are at least `minJaccard` the same, most similar first." })
  async nearDuplicateBodies(
    @Arg("minJaccard", () => Float, { description: "Threshold, 0 to 1 (e.g. 0.9)." }) minJaccard: number,
    @Arg("year", () => Int, { nullable: true, description: "The year (default: the registry's last, 2014)." }) year: number | null,
    @Arg("include", () => [MemberLevel], { nullable: true, description: INCLUDE_DESCRIPTION }) include: MemberLevel[] | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() context: OverlapsContext,
  ): Promise<BodyPairConnection> {
    if (!(minJaccard > 0 && minJaccard <= 1)) throw bad("minJaccard", `expected a number above 0 and at most 1, received ${minJaccard}`);
    await ready(context);
    const counted = levels(include);
    const pairs = context.engine.nearDuplicates(minJaccard, checkYear(year), counted);
    const start = after ? Number(decodeCursor("pair", after)) + 1 : 0;
    if (!Number.isInteger(start) || start < 0) throw bad("after", `expected a cursor from this connection, received ${JSON.stringify(after)}`);
    const page = pairs.slice(start, start + pageSize(first, 500));
    const edges = page.map((pair, i) => ({
      cursor: encodeCursor("pair", start + i),
      node: toOverlap(context.engine.overlapDetail(pair.a, pair.b, pair.year, counted), context.engine.snapshot.refreshedAt),
    }));
    return {
      totalCount: pairs.length,
      edges,
      pageInfo: { hasNextPage: start + page.length < pairs.length, endCursor: edges.at(-1)?.cursor ?? null },
      year: year ?? context.engine.latestYear(),
      refreshedAt: context.engine.snapshot.refreshedAt,
    };
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => RefreshResult, {
    description: "Reads the hub's bodies and activities through the gateway again, now. Needs the SECRETARIAT role: the analyses are rebuilt when what was read changed.",
  })
  async refreshOverlaps(@Ctx() context: OverlapsContext): Promise<RefreshResult> {
    const { snapshot } = context.engine;
    await snapshot.refresh();
    return { refreshedAt: snapshot.refreshedAt, bodies: snapshot.bodies.length, activities: snapshot.activities.length, error: snapshot.lastError };
  }

  @FieldResolver(() => [Country], { description: "The members the two share, ordered by code." })
  async shared(@Root() overlap: MembershipOverlap, @Ctx() context: OverlapsContext): Promise<Country[]> {
    const countries = await context.loaders.country.loadMany(overlap.sharedCodes);
    return countries.filter((c): c is Country => c !== null && !(c instanceof Error));
  }
}
