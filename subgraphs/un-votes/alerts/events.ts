/**
 * What a roll call means for a subscription: the group's position (the plurality of its members'
 * yes, no and abstain votes, none on a tie: the same rule as `GroupVoting`) and the members who
 * voted otherwise. An event is due only when there is a position and someone broke with it.
 */
import { plurality } from "../analytics/group-voting.js";
import { ABSTAIN, NO, YES } from "../analytics/vote-index.js";
import { ISSUE_BY_CODE } from "../import/issues.js";
import { POSITION_OF_VOTE } from "../types/enums.js";
import type { NewEvent, Subscription } from "./alert-store.js";
import type { RollCallInfo } from "../analytics/vote-index.js";

const POSITION = POSITION_OF_VOTE as Record<number, "YES" | "NO" | "ABSTAIN">;

/** A roll call as an alert tells of it: the hub's roll-call model (vote-index.ts) in part, with its tally and votes. */
export type RollCallFacts = Pick<RollCallInfo, "rcid" | "session" | "date" | "resolution" | "shortTitle"> & {
  issues: string[];
  yes: number;
  no: number;
  abstain: number;
  /** Country code → 1 yes, 2 no, 3 abstain. */
  votes: Map<string, number>;
};

export type DefectionEvent = {
  id: string;
  type: "roll_call.defection";
  createdAt: string;
  subscription: { id: string; groupName: string; bodyId: string | null };
  rollCall: {
    id: string;
    session: number;
    date: string;
    resolution: string | null;
    shortTitle: string | null;
    issues: string[];
    yes: number;
    no: number;
    abstain: number;
  };
  group: { position: "YES" | "NO" | "ABSTAIN"; yes: number; no: number; abstain: number; memberCount: number; votingMemberCount: number };
  defectors: { countryCode: string; vote: "YES" | "NO" | "ABSTAIN" }[];
};

/** Stable per subscription and roll call, so a receiver can drop a repeat delivery by it. */
export function eventId(subscriptionId: number, rcid: number): string {
  return `evt_${subscriptionId}_${rcid}`;
}

export function defectionEvent(subscription: Subscription, rollCall: RollCallFacts, now: Date): DefectionEvent | null {
  const wanted = subscription.issues;
  if (wanted.length > 0 && !rollCall.issues.some((issue) => wanted.includes(issue))) return null;
  let yes = 0;
  let no = 0;
  let abstain = 0;
  for (const code of subscription.memberCodes) {
    const vote = rollCall.votes.get(code);
    if (vote === YES) yes++;
    else if (vote === NO) no++;
    else if (vote === ABSTAIN) abstain++;
  }
  const position = plurality(yes, no, abstain);
  if (position === 0) return null;
  const defectors = subscription.memberCodes
    .filter((code) => {
      const vote = rollCall.votes.get(code);
      return vote !== undefined && vote !== position;
    })
    .map((code) => ({ countryCode: code, vote: POSITION[rollCall.votes.get(code)!] }));
  if (defectors.length === 0) return null;
  return {
    id: eventId(subscription.id, rollCall.rcid),
    type: "roll_call.defection",
    createdAt: now.toISOString(),
    subscription: { id: String(subscription.id), groupName: subscription.groupName, bodyId: subscription.bodyId },
    rollCall: {
      id: String(rollCall.rcid),
      session: rollCall.session,
      date: rollCall.date,
      resolution: rollCall.resolution,
      shortTitle: rollCall.shortTitle,
      issues: rollCall.issues.map((code) => ISSUE_BY_CODE.get(code)?.enumValue ?? code),
      yes: rollCall.yes,
      no: rollCall.no,
      abstain: rollCall.abstain,
    },
    group: { position: POSITION[position], yes, no, abstain, memberCount: subscription.memberCodes.length, votingMemberCount: yes + no + abstain },
    defectors,
  };
}

export function toOutbox(event: DefectionEvent, subscriptionId: number, rcid: number): NewEvent {
  return { eventId: event.id, subscriptionId, rcid, payload: JSON.stringify(event) };
}
