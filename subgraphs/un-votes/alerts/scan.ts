/**
 * After an import: every roll call the store has not scanned for alerts yet, checked against
 * every active subscription, its events written to the outbox in the same transaction that marks
 * the roll calls scanned (alert-store.ts). Runs in whichever process imported (the subgraph at
 * start-up, or `npm run import`); the subgraph's deliverer sends what lands in the outbox.
 */
import type { Db } from "../../shared/store.js";
import { AlertStore, type NewEvent, type Subscription } from "./alert-store.js";
import { defectionEvent, toOutbox, type RollCallFacts } from "./events.js";
import { statement } from "../../shared/statements.js";
import type { RollCallRow as StoredRollCall } from "../store.js";

/** The columns of a stored roll call an alert tells of. */
type RollCallRow = Pick<StoredRollCall, "rcid" | "session" | "date" | "resolution" | "short_title">;

export function scanForAlerts(db: Db, now = new Date()): { rollCalls: number; events: number } {
  const rollCall = statement<[number], RollCallRow>(db, "SELECT rcid, session, date, resolution, short_title FROM roll_call WHERE rcid = ?");
  const issues = statement<[number], { issue: string }>(db, "SELECT issue FROM roll_call_issue WHERE rcid = ? ORDER BY issue");
  const votes = statement<[number], { country_code: string; vote: number }>(db, "SELECT country_code, vote FROM vote WHERE rcid = ?");
  const factsOf = (rcid: number): RollCallFacts | null => {
    const row = rollCall.get(rcid);
    if (!row) return null;
    const byCountry = new Map(votes.all(rcid).map((vote) => [vote.country_code, vote.vote]));
    const tally = [0, 0, 0, 0];
    for (const vote of byCountry.values()) tally[vote]++;
    return {
      rcid,
      session: row.session,
      date: row.date,
      resolution: row.resolution,
      shortTitle: row.short_title,
      issues: issues.all(rcid).map((tag) => tag.issue),
      yes: tally[1],
      no: tally[2],
      abstain: tally[3],
      votes: byCountry,
    };
  };
  const eventsFor = (rcids: number[], subscriptions: Subscription[]): NewEvent[] => {
    const events: NewEvent[] = [];
    for (const rcid of rcids) {
      const facts = factsOf(rcid);
      if (!facts) continue;
      for (const subscription of subscriptions) {
        const event = defectionEvent(subscription, facts, now);
        if (event) events.push(toOutbox(event, subscription.id, rcid));
      }
    }
    return events;
  };
  return new AlertStore(db).scan(eventsFor, now);
}
