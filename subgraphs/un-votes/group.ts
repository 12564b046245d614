import { connectionOf } from "../shared/connection.js";
import { encodeCursor, pageAfter, pageSize } from "../shared/pagination.js";
import { PooledGroupAnalysis } from "./analytics/pooled-group-analysis.js";
import type { Deadline } from "../platform/deadline.js";
import type { Spell } from "../shared/bodies/membership-spells.js";
import { GroupMembership, POSITION_OF_VOTE } from "./types/enums.js";
import type { Range, VoteIndex } from "./analytics/vote-index.js";
import { MAX_PAGE, rowAfter } from "./roll-calls.js";
import { toRollCall } from "./resolvers/mappers.js";
import type { GroupPositionConnection, GroupVoting } from "./types/groups.js";

/** A GroupVoting answer for members and a period; its list fields are computed when asked for. */
export async function groupVoting(index: VoteIndex, codes: string[], range: Range, deadline: Deadline, spells?: readonly Spell[]): Promise<GroupVoting> {
  const analysis = new PooledGroupAnalysis(
    index,
    codes,
    { session: range.session ?? null, from: range.from ?? null, to: range.to ?? null },
    spells ? [...spells] : null,
    deadline,
  );
  const { cohesion, counted } = await analysis.cohesion();
  return {
    analysis,
    codes,
    cohesion,
    countedRollCalls: counted,
    range,
    membership: spells ? GroupMembership.MEMBERS_ON_EACH_DATE : GroupMembership.CURRENT_MEMBERS,
  };
}

/** A page of the group's per-roll-call tallies, oldest first. */
export async function groupPositionPage(analysis: PooledGroupAnalysis, first: number, after: string | null): Promise<GroupPositionConnection> {
  const { index } = analysis;
  const afterRow = rowAfter(index, after);
  const tallies = await analysis.tallies();
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
