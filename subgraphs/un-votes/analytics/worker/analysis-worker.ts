/**
 * A worker thread of the analysis pool: holds the vote index of the latest snapshot it was sent
 * (decoded once per snapshot, its matrix shared with the subgraph's thread) and runs tasks on it.
 */
import { VoteIndex, type IndexSnapshot } from "../vote-index.js";
import { runTask, type AnalysisTask } from "./tasks.js";

let held: { id: number; index: VoteIndex } | null = null;

function indexOf(snapshot: IndexSnapshot): VoteIndex {
  if (held?.id !== snapshot.id) held = { id: snapshot.id, index: VoteIndex.fromSnapshot(snapshot) };
  return held.index;
}

export default function analyse({ snapshot, task }: { snapshot: IndexSnapshot; task: AnalysisTask }): unknown {
  return runTask(indexOf(snapshot), task);
}
