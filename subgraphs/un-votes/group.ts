import { GroupAnalysis } from "./analytics/group-analysis.js";
import type { Range, VoteIndex } from "./analytics/vote-index.js";
import type { GroupVoting } from "./types/GroupVoting.js";

/** A GroupVoting answer for members and a period; its list fields are computed when asked for. */
export function groupVoting(index: VoteIndex, codes: string[], range: Range): GroupVoting {
  const analysis = new GroupAnalysis(index, codes, index.rows(range));
  const { cohesion, counted } = analysis.cohesion();
  return { analysis, codes, cohesion, countedRollCalls: counted };
}
