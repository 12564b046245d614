import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { commonRollCalls, compare, dyadicAgreement, votingCoincidence } from "../analytics/dyads.js";
import { selectRollCalls } from "../analytics/select-roll-calls.js";
import { knownCountry, parseRange } from "../arguments.js";
import type { IssueCode } from "../import/issues.js";
import type { UnVotesContext } from "../loaders.js";
import { votesOfCountry } from "../roll-calls.js";
import { Agreement } from "../types/agreement.js";
import { Country } from "../types/country.js";
import { PeriodArgs } from "../types/arguments.js";
import { RollCallFilter, VoteConnection, SessionAgreement, SessionVotes } from "../types/roll-calls.js";
import { agreementBySession, votesBySession } from "../analytics/by-session.js";
import { GENERAL_ASSEMBLY_SESSIONS, sizedList } from "../../shared/cost.js";

@Resolver(() => Country)
export class CountryVotingResolver {
  @FieldResolver(() => VoteConnection, {
    nullable: true,
    description: "This country's General Assembly votes, oldest first; absences are not votes and do not appear.",
  })
  votes(
    @Root() country: Country,
    @Arg("filter", () => RollCallFilter, { nullable: true, description: "Which roll calls (its `countryCode` is ignored here)." })
    filter: RollCallFilter | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() context: UnVotesContext,
  ): VoteConnection {
    const index = context.votes();
    const rows = selectRollCalls(index, { ...parseRange(filter ?? {}), issue: (filter?.issue as unknown as IssueCode) ?? null, text: filter?.text ?? null });
    return votesOfCountry(index, context.voter, country.code, rows, first, after);
  }

  @sizedList(GENERAL_ASSEMBLY_SESSIONS)
  @FieldResolver(() => [SessionVotes], {
    nullable: true,
    description: "This country's yes, no and abstain votes in each session of a period (every session on record when none is given), oldest first.",
  })
  votesBySession(@Root() country: Country, @Args(() => PeriodArgs) period: PeriodArgs, @Ctx() context: UnVotesContext): SessionVotes[] {
    const index = context.votes();
    return votesBySession(index, index.columnOf.get(country.code) ?? -1, index.rows(parseRange(period)));
  }

  @FieldResolver(() => Agreement, {
    nullable: true,
    description: "How closely this country voted with another over a session or period (all roll calls when neither is given).",
  })
  agreement(
    @Root() country: Country,
    @Arg("withCountryCode", () => String, { description: "Alpha-3 code of the other country." }) withCode: string,
    @Args(() => PeriodArgs) period: PeriodArgs,
    @Ctx() context: UnVotesContext,
  ): Agreement {
    const other = knownCountry(withCode, "withCountryCode");
    const index = context.votes();
    const columns: [number, number] = [index.columnOf.get(country.code) ?? -1, index.columnOf.get(other) ?? -1];
    const rows = index.rows(parseRange(period));
    const counts = compare(index, columns[0], columns[1], rows);
    return {
      withCode: other,
      columns,
      rows,
      agreement: dyadicAgreement(counts),
      coincidence: votingCoincidence(counts),
      rollCalls: commonRollCalls(counts),
      ...counts,
    };
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @sizedList(GENERAL_ASSEMBLY_SESSIONS)
  @FieldResolver(() => [SessionAgreement], {
    description: "The comparison session by session over the same period, oldest first; sessions in which they never both voted are left out.",
  })
  bySession(@Root() agreement: Agreement, @Ctx() context: UnVotesContext): SessionAgreement[] {
    return agreementBySession(context.votes(), agreement.columns[0], agreement.columns[1], agreement.rows);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The other country." })
  withCountry(@Root() agreement: Agreement, @Ctx() context: UnVotesContext): Promise<Country | null> {
    return context.loaders.country.load(agreement.withCode);
  }
}
