/**
 * The analyses that may take seconds, as messages: what a worker thread computes for the
 * subgraph (analysis-pool.ts sends them, analysis-worker.ts runs them). Plain data both ways,
 * since they cross threads by structured clone; `runTask` is the one place that computes them, so
 * a pool of threads and an in-process run give the same answer.
 */
import type { Spell } from "../../../shared/bodies/spells.js";
import { GroupAnalysis } from "../group-analysis.js";
import { membershipOnDates } from "../membership-on-dates.js";
import type { Range, VoteIndex } from "../vote-index.js";
import { computeWhipSheet, type WhipSheetRequest } from "../whip-sheet.js";

export type GroupPart = "tallies" | "cohesion" | "bySession" | "defections" | "matrix" | { coincidenceWith: string } | { breakdownOf: string };

export type GroupTask = { kind: "group"; codes: string[]; range: Range; spells: Spell[] | null; part: GroupPart };
export type WhipSheetTask = { kind: "whipSheet"; request: WhipSheetRequest };
export type AnalysisTask = GroupTask | WhipSheetTask;

export function groupKey(task: Pick<GroupTask, "codes" | "range" | "spells">): string {
  const dated = task.spells ? `|spells:${JSON.stringify(task.spells)}` : "";
  return `group|${task.codes.join(",")}|${task.range.session ?? ""}|${task.range.from ?? ""}|${task.range.to ?? ""}${dated}`;
}

/** A group's analysis on this index: each part computed once per group and period, shared by the parts asked later. */
export function groupAnalysisOf(index: VoteIndex, task: Pick<GroupTask, "codes" | "range" | "spells">): GroupAnalysis {
  return index.derived(
    groupKey(task),
    () => new GroupAnalysis(index, task.codes, index.rows(task.range), task.spells ? membershipOnDates(index, task.codes, task.spells) : undefined),
  );
}

export function runTask(index: VoteIndex, task: AnalysisTask): unknown {
  if (task.kind === "whipSheet") return computeWhipSheet(index, task.request);
  const analysis = groupAnalysisOf(index, task);
  const part = task.part;
  if (typeof part === "object") return "breakdownOf" in part ? analysis.breakdownOf(part.breakdownOf) : analysis.coincidenceWith(part.coincidenceWith);
  switch (part) {
    case "tallies":
      return analysis.tallies();
    case "cohesion":
      return analysis.cohesion();
    case "bySession":
      return analysis.bySession();
    case "defections":
      return analysis.defections();
    case "matrix":
      return analysis.agreementMatrix();
  }
}
