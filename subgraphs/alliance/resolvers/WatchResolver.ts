/** The backsliding watch and the audit log: what the secretariat checks on its own members and on itself. */
import { GraphQLError } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth.js";
import { ErrorCode } from "../../shared/errors.js";
import { backslidingFlag } from "../backsliding.js";
import type { AllianceContext } from "../loaders.js";
import { toFreedomRating } from "../mappers.js";
import { AuditEntry } from "../types/AuditEntry.js";
import { Country } from "../types/Country.js";
import { AodMembershipStatus } from "../types/enums.js";
import { BackslidingFlag } from "../types/ratings.js";

@Resolver(() => BackslidingFlag)
export class WatchResolver {
  @Query(() => [BackslidingFlag], {
    description:
      "Members, applicants and suspended members whose Freedom House status went down, or whose political rights or civil liberties worsened, " +
      "between the start and the end of the window; most worsened first.",
  })
  async backslidingWatch(
    @Arg("window", () => Int, { defaultValue: 5, description: "Years to look back (1 to 50)." }) window: number,
    @Arg("toYear", () => Int, { nullable: true, description: "Last year of the window; each state's latest year rated when omitted." }) toYear: number | null,
    @Arg("first", () => Int, { defaultValue: 200, description: "How many flags, most worsened first (up to 500)." }) first: number,
    @Ctx() context: AllianceContext,
  ): Promise<BackslidingFlag[]> {
    if (!Number.isInteger(first) || first < 0 || first > 500) {
      throw new GraphQLError(`first: expected a whole number from 0 to 500, received ${first}`, { extensions: { code: ErrorCode.BadUserInput, argument: "first" } });
    }
    if (!Number.isInteger(window) || window < 1 || window > 50) {
      throw new GraphQLError(`window: expected a whole number of years from 1 to 50, received ${window}`, { extensions: { code: ErrorCode.BadUserInput, argument: "window" } });
    }
    const watched = (
      await Promise.all([AodMembershipStatus.MEMBER, AodMembershipStatus.APPLICANT, AodMembershipStatus.SUSPENDED].map((s) => context.loaders.membershipsByStatus.load(s)))
    ).flat();
    const ratings = await context.loaders.freedomByCountry.loadMany(watched.map((d) => d.country_code));
    return watched
      .map((decision, i) => {
        const series = ratings[i];
        return series instanceof Error ? null : backslidingFlag(decision, series, window, toYear);
      })
      .filter((flag) => flag !== null)
      .sort((a, b) => b.worsening - a.worsening || a.countryCode.localeCompare(b.countryCode))
      .slice(0, first)
      .map((flag) => ({ countryCode: flag.countryCode, standing: flag.standing, reasons: flag.reasons, worsening: flag.worsening, series: flag.series.map(toFreedomRating) }));
  }

  @FieldResolver(() => Country, { nullable: true, description: "The state." })
  country(@Root() flag: BackslidingFlag, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(flag.countryCode);
  }

  // Who did what, under which token subject: the secretariat's to read, not the public's.
  @Authorized(Role.SECRETARIAT)
  @Query(() => [AuditEntry], {
    nullable: true,
    description: "The audit log, oldest first: every change to the Alliance's record, with who made it. Needs the SECRETARIAT role (null with an UNAUTHENTICATED or FORBIDDEN error otherwise).",
  })
  auditLog(
    @Arg("first", () => Int, { defaultValue: 100, description: "How many entries, up to 500." }) first: number,
    @Arg("after", () => Int, { defaultValue: 0, description: "Entries after this id." }) after: number,
    @Ctx() context: AllianceContext,
  ): AuditEntry[] {
    if (!Number.isInteger(first) || first < 0 || first > 500) {
      throw new GraphQLError(`first: expected a whole number from 0 to 500, received ${first}`, { extensions: { code: ErrorCode.BadUserInput, argument: "first" } });
    }
    return context.commands.audit(after, first).map((row) => ({ ...row, id: String(row.id) }));
  }
}
