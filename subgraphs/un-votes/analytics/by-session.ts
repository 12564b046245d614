/** A state's record and a pair's agreement split by General Assembly session, for a reader following them over time. */
import { compare, commonRollCalls, dyadicAgreement, votingCoincidence } from "./dyads.js";
import { ABSTAIN, NO, YES, type VoteIndex } from "./vote-index.js";

export type SessionVoteCounts = { session: number; rollCallCount: number; yes: number; no: number; abstain: number };

/** The rows grouped by session, sessions in order (rows are in date order, so each session's rows stay in order too). */
export function rowsBySession(index: VoteIndex, rows: readonly number[]): Map<number, number[]> {
  const sessions = new Map<number, number[]>();
  for (const row of rows) {
    const session = index.rollCalls[row].session;
    const list = sessions.get(session);
    if (list) list.push(row);
    else sessions.set(session, [row]);
  }
  return new Map([...sessions].sort(([a], [b]) => a - b));
}

/** Every session of the rows, with the state's yes, no and abstain votes (all zero where it cast none). */
export function votesBySession(index: VoteIndex, column: number, rows: readonly number[]): SessionVoteCounts[] {
  return [...rowsBySession(index, rows)].map(([session, sessionRows]) => {
    const counts = { session, rollCallCount: sessionRows.length, yes: 0, no: 0, abstain: 0 };
    if (column >= 0) {
      for (const row of sessionRows) {
        const vote = index.votes[row * index.width + column];
        if (vote === YES) counts.yes++;
        else if (vote === NO) counts.no++;
        else if (vote === ABSTAIN) counts.abstain++;
      }
    }
    return counts;
  });
}

export type SessionAgreementValue = { session: number; rollCalls: number; agreement: number | null; coincidence: number | null };

/** The pair's agreement in each session of the rows in which both voted at least once. */
export function agreementBySession(index: VoteIndex, columnA: number, columnB: number, rows: readonly number[]): SessionAgreementValue[] {
  return [...rowsBySession(index, rows)].flatMap(([session, sessionRows]) => {
    const counts = compare(index, columnA, columnB, sessionRows);
    const rollCalls = commonRollCalls(counts);
    return rollCalls === 0 ? [] : [{ session, rollCalls, agreement: dyadicAgreement(counts), coincidence: votingCoincidence(counts) }];
  });
}
