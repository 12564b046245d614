/**
 * A worker thread of the overlaps subgraph: activity pairs (activity-pairs.ts), and the registry's
 * memberships read from the store's file on a connection of its own (registry-members.ts).
 */
import Database from "better-sqlite3";
import { activityPairs, type ActivityPair, type ActivityPairsQuestion } from "./activity-pairs.js";
import { readPackedMemberships, type PackedMemberships } from "./registry-members.js";

export type OverlapsTask = { kind: "activity-pairs"; question: ActivityPairsQuestion } | { kind: "registry-members"; storeFile: string };

export default function run(task: OverlapsTask): ActivityPair[] | PackedMemberships {
  if (task.kind === "activity-pairs") return activityPairs(task.question);
  const db = new Database(task.storeFile, { readonly: true, fileMustExist: true });
  try {
    return readPackedMemberships(db);
  } finally {
    db.close();
  }
}
