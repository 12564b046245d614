/** The backsliding watch and the audit log: what the secretariat checks on its own members and on itself. */
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../shared/auth.js";
import { connectionFrom, keysetConnection } from "../../shared/connection.js";
import { inputError } from "../../platform/errors.js";
import { toAuditEntry, toFreedomRating } from "./mappers.js";
import { AuditEntryConnection } from "../types/audit.js";
import { BackslidingFlagConnection, BackslidingFlag } from "../types/ratings.js";
import { backslidingFlag } from "../rules/backsliding.js";
import type { AllianceContext } from "../loaders.js";
import { Country } from "../types/country.js";
import { AodMembershipStatus } from "../types/enums.js";

@Resolver(() => BackslidingFlag)
export class WatchResolver {
  @Query(() => BackslidingFlagConnection, {
    nullable: true,
    description:
      "Members, applicants and suspended members whose Freedom House status went down, or whose political rights or civil liberties worsened, " +
      "between the start and the end of the window; most worsened first.",
  })
  async backslidingWatch(
    @Arg("window", () => Int, { defaultValue: 5, description: "Years to look back (1 to 50)." }) window: number,
    @Arg("toYear", () => Int, { nullable: true, description: "Last year of the window; each state's latest year rated when omitted." }) toYear: number | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: AllianceContext,
  ) {
    if (!Number.isInteger(window) || window < 1 || window > 50) {
      throw inputError("window", `expected a whole number of years from 1 to 50, received ${window}`);
    }
    const watched = (
      await Promise.all(
        [AodMembershipStatus.MEMBER, AodMembershipStatus.APPLICANT, AodMembershipStatus.SUSPENDED].map((s) => context.loaders.membershipsByStatus.load(s)),
      )
    ).flat();
    const ratings = await context.loaders.freedomByCountry.loadMany(watched.map((d) => d.country_code));
    const flags = watched
      .map((decision, i) => {
        const series = ratings[i];
        return series instanceof Error ? null : backslidingFlag(decision, series, window, toYear);
      })
      .filter((flag) => flag !== null)
      .sort((a, b) => b.worsening - a.worsening || a.countryCode.localeCompare(b.countryCode))
      .map((flag) => ({
        countryCode: flag.countryCode,
        membershipStatus: flag.standing as AodMembershipStatus,
        reasons: flag.reasons,
        worsening: flag.worsening,
        series: flag.series.map(toFreedomRating),
      }));
    // The window and year are part of the cursor's kind: a cursor from another window is refused, not misread.
    return connectionFrom(`watch:${window}:${toYear ?? "latest"}`, flags, { first, after });
  }

  @FieldResolver(() => Country, { nullable: true, description: "The state." })
  country(@Root() flag: BackslidingFlag, @Ctx() context: AllianceContext): Promise<Country | null> {
    return context.loaders.country.load(flag.countryCode);
  }

  // Who did what, under which token subject: the secretariat's to read, not the public's.
  @Authorized(Role.SECRETARIAT)
  @Query(() => AuditEntryConnection, {
    nullable: true,
    description:
      "The audit log, oldest first: every change to the Alliance's record, with who made it. Needs the `SECRETARIAT` role (null with an UNAUTHENTICATED or FORBIDDEN error otherwise).",
  })
  auditLog(
    @Arg("first", () => Int, { defaultValue: 100, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: AllianceContext,
  ) {
    return keysetConnection(
      "audit",
      { first, after },
      (afterId, limit) => context.auditLog.page({ kind: "all" }, afterId, limit),
      context.auditLog.count({ kind: "all" }),
      toAuditEntry,
    );
  }
}
