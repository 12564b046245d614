import type { Deadline } from "../../platform/deadline.js";
import type { Spell } from "../../shared/bodies/membership-spells.js";
import type { CoincidenceValue, DyadValue } from "./group-analysis.js";
import type { DefectionValue, GroupRollCall, SessionCohesionValue } from "./group-voting.js";
import type { MemberBreakdown } from "./member-breakdown.js";
import type { Range, VoteIndex } from "./vote-index.js";
import { analysisPool } from "./worker/analysis-pool.js";
import type { GroupPart } from "./worker/tasks.js";

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
