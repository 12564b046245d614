/** The General Assembly record as the evaluation reads it: roll calls in order, each with its text, issue tags and every state's vote. */
import type { UnVotesStore } from "../../../subgraphs/un-votes/store.js";

/** 1 yes, 2 no, 3 abstain: the hub's own codes for a vote. */
export type Vote = 1 | 2 | 3;
export const VOTE_NAMES: Record<Vote, "YES" | "NO" | "ABSTAIN"> = { 1: "YES", 2: "NO", 3: "ABSTAIN" };
export const VOTE_OF_NAME: Record<string, Vote> = { YES: 1, NO: 2, ABSTAIN: 3 };

export type RollCallRecord = {
  rcid: number;
  session: number;
  date: string;
  title: string;
  description: string;
  /** Issue codes (`hr`, `me` …), sorted. */
  issues: string[];
  /** The draft's sponsors and additional sponsors, where the UN's resolution files name them. */
  sponsors: string[];
  votes: Map<string, Vote>;
};

/** Every roll call of the store, oldest first, with its votes. */
export function loadHistory(store: UnVotesStore): RollCallRecord[] {
  const byId = new Map<number, RollCallRecord>();
  for (const row of store.rollCallRows()) {
    byId.set(row.rcid, {
      rcid: row.rcid,
      session: row.session,
      date: row.date,
      title: row.short_title ?? "",
      description: row.description ?? "",
      issues: [],
      sponsors: [],
      votes: new Map(),
    });
  }
  for (const row of store.issueRows()) byId.get(row.rcid)?.issues.push(row.issue);
  for (const row of store.sponsorRows()) byId.get(row.rcid)?.sponsors.push(row.country_code);
  for (const row of store.voteRows()) byId.get(row.rcid)?.votes.set(row.country_code, row.vote);
  const all = [...byId.values()];
  for (const rollCall of all) rollCall.issues.sort();
  return all.sort((a, b) => a.date.localeCompare(b.date) || a.rcid - b.rcid);
}

/** The day before a session's first roll call: the cut-off of the protocol, so no precedent comes from the session itself. */
export function cutOffFor(history: readonly RollCallRecord[], session: number): string {
  const first = history.find((rollCall) => rollCall.session === session);
  if (!first) throw new Error(`session ${session}: no roll call in the data`);
  const day = new Date(`${first.date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
