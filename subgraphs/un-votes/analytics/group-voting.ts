/**
 * How a group of states votes, computed from the vote matrix. The measures and their sources:
 * - Agreement Index (Hix, Noury and Roland 2005) of the group on a roll call, over its members'
 *   yes/no/abstain votes: AI = (max(Y,N,A) − ½((Y+N+A) − max(Y,N,A))) / (Y+N+A); for a period the
 *   mean over roll calls on which the group cast at least 2 such votes.
 * - The group's position on a roll call: the plurality of its members' votes; none on a tie.
 * - A defection: a member's vote that differs from the group's position.
 * Absences and non-membership are not votes and count nowhere.
 */
import { ABSTAIN, NO, YES, type VoteIndex } from "./vote-index.js";

export type GroupRollCall = { row: number; yes: number; no: number; abstain: number; position: number; agreement: number | null };

/**
 * Per roll call tallies of the group; `columns` may hold -1 for members who never voted. With
 * `isMember`, a member's vote counts only on the roll calls it belonged for (by index into `columns`).
 */
export function tallyGroup(
  index: VoteIndex,
  columns: readonly number[],
  rows: readonly number[],
  isMember?: (m: number, row: number) => boolean,
): GroupRollCall[] {
  const width = index.width;
  const present = columns.flatMap((column, m) => (column >= 0 ? [{ column, m }] : []));
  const result: GroupRollCall[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const base = row * width;
    let yes = 0;
    let no = 0;
    let abstain = 0;
    for (let c = 0; c < present.length; c++) {
      if (isMember && !isMember(present[c].m, row)) continue;
      const vote = index.votes[base + present[c].column];
      if (vote === YES) yes++;
      else if (vote === NO) no++;
      else if (vote === ABSTAIN) abstain++;
    }
    result[i] = { row, yes, no, abstain, position: plurality(yes, no, abstain), agreement: agreementIndex(yes, no, abstain) };
  }
  return result;
}

export function agreementIndex(yes: number, no: number, abstain: number): number | null {
  const total = yes + no + abstain;
  if (total < 2) return null;
  const max = Math.max(yes, no, abstain);
  return (max - 0.5 * (total - max)) / total;
}

/** YES, NO or ABSTAIN when one option has strictly the most votes; 0 on a tie or no votes. */
export function plurality(yes: number, no: number, abstain: number): number {
  if (yes > no && yes > abstain) return YES;
  if (no > yes && no > abstain) return NO;
  if (abstain > yes && abstain > no) return ABSTAIN;
  return 0;
}

export function meanAgreement(tallies: readonly GroupRollCall[]): { cohesion: number | null; counted: number } {
  let sum = 0;
  let counted = 0;
  for (const tally of tallies) {
    if (tally.agreement === null) continue;
    sum += tally.agreement;
    counted++;
  }
  return { cohesion: counted > 0 ? sum / counted : null, counted };
}

export type SessionCohesionValue = { session: number; cohesion: number | null; countedRollCalls: number };

export function cohesionBySession(index: VoteIndex, tallies: readonly GroupRollCall[]): SessionCohesionValue[] {
  const bySession = new Map<number, GroupRollCall[]>();
  for (const tally of tallies) {
    const session = index.rollCalls[tally.row].session;
    const list = bySession.get(session);
    if (list) list.push(tally);
    else bySession.set(session, [tally]);
  }
  return [...bySession.entries()]
    .sort(([a], [b]) => a - b)
    .map(([session, list]) => {
      const { cohesion, counted } = meanAgreement(list);
      return { session, cohesion, countedRollCalls: counted };
    });
}

/** A member's defections and their denominator: the roll calls with a group position on which it voted yes, no or abstain. */
export type DefectionValue = { code: string; count: number; compared: number; rows: number[] };

/** Per member, the roll calls on which it voted and differed from the group's position; most defections first. */
export function defections(
  index: VoteIndex,
  codes: readonly string[],
  tallies: readonly GroupRollCall[],
  isMember?: (m: number, row: number) => boolean,
): DefectionValue[] {
  const columns = index.columns(codes);
  const result = codes.map((code): DefectionValue => ({ code, count: 0, compared: 0, rows: [] }));
  for (const tally of tallies) {
    if (tally.position === 0) continue;
    const base = tally.row * index.width;
    for (let m = 0; m < columns.length; m++) {
      if (columns[m] < 0 || (isMember && !isMember(m, tally.row))) continue;
      const vote = index.votes[base + columns[m]];
      if (vote === 0) continue;
      result[m].compared++;
      if (vote !== tally.position) {
        result[m].count++;
        result[m].rows.push(tally.row);
      }
    }
  }
  return result.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
