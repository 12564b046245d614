import { connectionOf } from "../shared/connection.js";
import { encodeCursor, pageAfter, pageSize } from "../shared/pagination.js";
import type { CoincidenceValue, DyadValue } from "./analytics/group-analysis.js";
import type { DefectionValue, GroupRollCall, SessionCohesionValue } from "./analytics/group-voting.js";
import type { MemberBreakdown } from "./analytics/member-breakdown.js";
import { analysisPool } from "./analytics/worker/analysis-pool.js";
import type { GroupPart } from "./analytics/worker/tasks.js";
import type { Deadline } from "../platform/deadline.js";
import type { Spell } from "../shared/bodies/membership-spells.js";
import { GroupMembership } from "./types/enums.js";
import type { Range, VoteIndex } from "./analytics/vote-index.js";
import { MAX_PAGE, rowAfter, toRollCall } from "./roll-calls.js";
import { POSITION_OF_VOTE } from "./types/enums.js";
import type { GroupPositionConnection } from "./types/GroupPositionConnection.js";
import type { GroupVoting } from "./types/GroupVoting.js";

/**
 * A group's analyses for one period on one snapshot, each computed in the analysis pool when a
 * field first asks for it and shared with every request asking the same of the same snapshot: a
 * caucus dashboard polled by many whips computes once per data change.
 */
export class PooledGroupAnalysis {
  constructor(
    readonly index: VoteIndex,
    readonly codes: string[],
    readonly range: Range,
    private readonly spells: Spell[] | null,
    private readonly deadline: Deadline,
  ) {}

  private part<T>(part: GroupPart, work: string): Promise<T> {
    return analysisPool().run<T>(this.index, { kind: "group", codes: this.codes, range: this.range, spells: this.spells, part }, this.deadline, work);
  }

  tallies = () => this.part<GroupRollCall[]>("tallies", "The group's tallies");
  cohesion = () => this.part<{ cohesion: number | null; counted: number }>("cohesion", "The group's cohesion");
  bySession = () => this.part<SessionCohesionValue[]>("bySession", "The group's cohesion by session");
  defections = () => this.part<DefectionValue[]>("defections", "The group's defections");
  agreementMatrix = () => this.part<DyadValue[]>("matrix", "The agreement matrix");
  coincidenceWith = (reference: string) => this.part<CoincidenceValue[]>({ coincidenceWith: reference }, "The voting coincidence");
  breakdownOf = (code: string) => this.part<MemberBreakdown>({ breakdownOf: code }, "A member's defections by session and issue");
}

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
