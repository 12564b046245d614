import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { selectRollCalls } from "../analytics/select-roll-calls.js";
import { knownCountry, parseGroup, parseRange } from "../arguments.js";
import type { IssueCode } from "../import/issues.js";
import type { UnVotesContext } from "../loaders.js";
import { toRollCall } from "./mappers.js";
import { rollCallPage, votesOfRollCall } from "../roll-calls.js";
import { POSITION_OF_VOTE, RollCallOrder, VotePosition } from "../types/enums.js";
import { RollCallInGroup } from "../types/groups.js";
import { rollCallInGroup } from "../analytics/roll-call-in-group.js";
import { RollCall, RollCallConnection, RollCallFilter, VoteConnection } from "../types/roll-calls.js";
import { UnVotesStats } from "../types/united-nations.js";
import { Country } from "../types/country.js";

/** Countries by code through the request's loader (a sponsor such as the State of Palestine casts no vote, so it is not among the voters). */
async function countriesOf(context: UnVotesContext, codes: readonly string[]): Promise<Country[]> {
  const loaded = await context.loaders.country.loadMany(codes);
  return loaded.filter((country): country is Country => country !== null && !(country instanceof Error));
}

@Resolver(() => RollCall)
export class RollCallResolver {
  @Query(() => UnVotesStats, { nullable: true, description: "How much of the General Assembly record is held: roll calls, votes, issue tags, countries." })
  unVotesStats(@Ctx() context: UnVotesContext): UnVotesStats {
    const index = context.votes();
    let issueTags = 0;
    for (const rollCall of index.rollCalls) issueTags += rollCall.issues.length;
    return { rollCalls: index.rollCalls.length, votes: index.voteCount, issueTags, countries: index.width };
  }

  @Query(() => RollCall, { nullable: true, description: "One roll call by id; null when none has that id." })
  rollCall(@Arg("id", () => ID, { description: "Roll-call id." }) id: string, @Ctx() context: UnVotesContext): RollCall | null {
    const index = context.votes();
    const row = /^\d+$/.test(id) ? index.rowOf.get(Number(id)) : undefined;
    return row === undefined ? null : toRollCall(index, row);
  }

  @Query(() => RollCallConnection, { nullable: true, description: "General Assembly roll calls, oldest first unless asked otherwise, filtered and paged." })
  rollCalls(
    @Arg("filter", () => RollCallFilter, { nullable: true, description: "Which roll calls; all when omitted." }) filter: RollCallFilter | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Arg("order", () => RollCallOrder, { defaultValue: RollCallOrder.OLDEST_FIRST, description: "By date: oldest or newest first." }) order: RollCallOrder,
    @Ctx() context: UnVotesContext,
  ): RollCallConnection {
    const index = context.votes();
    const range = parseRange(filter ?? {});
    const country = filter?.countryCode ? knownCountry(filter.countryCode, "filter.countryCode") : null;
    const sponsor = filter?.sponsor ? knownCountry(filter.sponsor, "filter.sponsor") : null;
    const rows = selectRollCalls(index, {
      ...range,
      issue: (filter?.issue as unknown as IssueCode) ?? null,
      text: filter?.text ?? null,
      countryColumn: country === null ? null : (index.columnOf.get(country) ?? -1),
      sponsor,
    });
    return rollCallPage(index, rows, first, after, order === RollCallOrder.NEWEST_FIRST);
  }

  @FieldResolver(() => [Country], {
    description: "The states that sponsored the draft, as the UN's resolution files list them; empty where the files do not record the vote or name no state.",
  })
  sponsors(@Root() rollCall: RollCall, @Ctx() context: UnVotesContext): Promise<Country[]> {
    return countriesOf(context, rollCall.sponsorCodes);
  }

  @FieldResolver(() => [Country], { description: "The states that joined the draft's sponsors after it was tabled (additional sponsors)." })
  additionalSponsors(@Root() rollCall: RollCall, @Ctx() context: UnVotesContext): Promise<Country[]> {
    return countriesOf(context, rollCall.additionalSponsorCodes);
  }

  @FieldResolver(() => RollCallInGroup, {
    description:
      "The roll call in a group's light (a whip's view): the members' tally, the group's position, who voted otherwise and who cast no vote. Give the group as its members' codes, e.g. a body's `memberCodes`.",
  })
  inGroup(
    @Root() rollCall: RollCall,
    @Arg("memberCodes", () => [String], { description: "The group's members, alpha-3 codes; 1 to 400." }) memberCodes: string[],
    @Ctx() context: UnVotesContext,
  ): RollCallInGroup {
    const figures = rollCallInGroup(context.votes(), rollCall.row, parseGroup(memberCodes, "memberCodes"));
    return { ...figures, position: POSITION_OF_VOTE[figures.position] };
  }

  @FieldResolver(() => VoteConnection, { description: "The votes cast, ordered by country code; absent states have none." })
  votes(
    @Root() rollCall: RollCall,
    @Arg("first", () => Int, { defaultValue: 200, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Arg("position", () => VotePosition, { nullable: true, description: "Only votes of this kind." }) position: VotePosition | null,
    @Ctx() context: UnVotesContext,
  ): VoteConnection {
    return votesOfRollCall(context.votes(), context.voter, rollCall.row, first, after, position);
  }
}
