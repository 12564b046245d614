import { GraphQLError } from "graphql";
import { ErrorCode } from "../platform/errors.js";
import { connectionOf } from "../shared/connection.js";
import { decodeCursor, encodeCursor, pageAfter, pageSize } from "../shared/pagination.js";
import { GroupAnalysis, type IsMember } from "./analytics/group-analysis.js";
import { spellCovers, type Spell } from "../shared/bodies/membership-spells.js";
import { GroupMembership } from "./types/enums.js";
import type { Range, VoteIndex } from "./analytics/vote-index.js";
import { MAX_PAGE, toRollCall } from "./roll-calls.js";
import { POSITION_OF_VOTE } from "./types/enums.js";
import type { GroupPositionConnection } from "./types/GroupPositionConnection.js";
import type { GroupVoting } from "./types/GroupVoting.js";

/**
 * A GroupVoting answer for members and a period; its list fields are computed when asked for.
 * The analysis is shared with every request asking about the same members and period on the
 * same snapshot: a caucus dashboard polled by many whips computes once per data change.
 */
export function groupVoting(index: VoteIndex, codes: string[], range: Range, spells?: readonly Spell[]): GroupVoting {
  const dated = spells ? `|spells:${JSON.stringify(spells)}` : "";
  const key = `group|${codes.join(",")}|${range.session ?? ""}|${range.from ?? ""}|${range.to ?? ""}${dated}`;
  const analysis = index.derived(key, () => new GroupAnalysis(index, codes, index.rows(range), spells ? membershipOnDates(index, codes, spells) : undefined));
  const { cohesion, counted } = analysis.cohesion();
  return {
    analysis,
    codes,
    cohesion,
    countedRollCalls: counted,
    range,
    membership: spells ? GroupMembership.MEMBERS_ON_EACH_DATE : GroupMembership.CURRENT_MEMBERS,
  };
}

/** Whether member `m` (of `codes`) belonged on a roll call's date, from its spells; memoised per member and date. */
function membershipOnDates(index: VoteIndex, codes: readonly string[], spells: readonly Spell[]): IsMember {
  const byMember = codes.map((code) => spells.filter((spell) => spell.countryCode === code));
  const memo = codes.map(() => new Map<string, boolean>());
  return (m, row) => {
    const date = index.rollCalls[row].date;
    let known = memo[m].get(date);
    if (known === undefined) {
      known = byMember[m].some((spell) => spellCovers(spell, date));
      memo[m].set(date, known);
    }
    return known;
  };
}

/** A page of the group's per-roll-call tallies, oldest first. */
export function groupPositionPage(analysis: GroupAnalysis, first: number, after: string | null): GroupPositionConnection {
  const { index } = analysis;
  let afterRow: number | null = null;
  if (after) {
    afterRow = index.rowOf.get(Number(decodeCursor("rc", after))) ?? null;
    if (afterRow === null)
      throw new GraphQLError(`after: the roll call this cursor points to is no longer held, received ${JSON.stringify(after)}`, {
        extensions: { code: ErrorCode.BadUserInput, argument: "after" },
      });
  }
  const tallies = analysis.tallies();
  const { page, hasNextPage, hasPreviousPage } = pageAfter(tallies, (tally) => tally.row, afterRow, pageSize(first, MAX_PAGE));
  const edges = page.map((tally) => ({
    cursor: encodeCursor("rc", index.rollCalls[tally.row].rcid),
    node: {
      rollCall: toRollCall(index, tally.row),
      position: POSITION_OF_VOTE[tally.position],
      yes: tally.yes,
      no: tally.no,
      abstain: tally.abstain,
      agreementIndex: tally.agreement,
    },
  }));
  return connectionOf(edges, tallies.length, hasNextPage, hasPreviousPage);
}
