/**
 * The whip's sheet for a coming vote: how each member voted on the most similar recent roll calls,
 * what that predicts, and who is most likely to break from the group's expected position.
 *
 * Measured with `npm run eval:whip` (whole sessions held out): General Assembly votes repeat year
 * after year, so a state's recent votes on resolutions like the coming one predict it best. Each
 * member's prediction therefore rests on its own record: the first PER_MEMBER roll calls of the
 * ranked pool on which it voted (a member absent from the best match falls back to the next),
 * each weighted by its similarity to the power SIMILARITY_POWER, so that a near-identical
 * resolution outweighs several loosely related ones, and by RECENCY_DECAY for every session of
 * age; a member who voted on none of them is predicted its most frequent vote of the recent
 * sessions. The predicted position is the weighted plurality, its confidence the winning share of the
 * weight. A member that sponsors the draft is predicted to vote yes, as sponsors do, with the
 * confidence of the sponsors' yes rate measured before the vote (sponsorship.ts); its record is
 * still shown. The group's expected position is the plurality of its members' predictions; a
 * member's defection risk is the weighted share of its record that differs from it (for a sponsor,
 * the sponsors' rate of voting otherwise than the expected position).
 */
import { plurality } from "./group-voting.js";
import type { SimilarRollCall } from "./similarity.js";
import { ABSTAIN, NO, YES, type VoteIndex } from "./vote-index.js";

/** How many of its own votes on the ranked pool a member's prediction rests on. */
export const PER_MEMBER = 5;
export const SIMILARITY_POWER = 4;
export const RECENCY_DECAY = 0.7;
/** Sessions before the coming vote that precedents are drawn from, unless the whip sets `from`. */
export const RECENT_SESSIONS = 8;
/** How many ranked roll calls a member may fall back through. */
export const POOL_SIZE = 60;
/** Each recent vote's weight when a member voted on none of the similar roll calls. */
const FALLBACK_WEIGHT = 1e-6;

export type MemberForecast = {
  code: string;
  /** Votes on the precedents shown, in their order; 0 where the member did not vote. */
  record: number[];
  predicted: number;
  confidence: number | null;
  defectionRisk: number | null;
  /** Predicted from its sponsorship of the draft: its confidence is the measured rate, not to be calibrated again. */
  sponsor: boolean;
};

/** The draft's sponsors and what sponsorship was worth before the vote (null when not measured); none when the sponsors are not given. */
export type Sponsorship = { codes: ReadonlySet<string>; yesRate: number | null };
export const NO_SPONSORSHIP: Sponsorship = { codes: new Set(), yesRate: null };

export type WhipForecast = { expected: number; members: MemberForecast[] };

/**
 * `pool`: roll calls ranked by similarity, best first; `shown`: how many of them the sheet lists
 * as precedents; `latestSession`: the most recent session the pool was drawn from;
 * `recentRows`: every roll call of the recent sessions, for members with no similar record.
 */
export function forecast(
  index: VoteIndex,
  codes: readonly string[],
  pool: readonly SimilarRollCall[],
  shown: number,
  latestSession: number,
  recentRows: readonly number[],
  sponsorship: Sponsorship = NO_SPONSORSHIP,
): WhipForecast {
  const columns = index.columns(codes);
  const weightOf = pool.map((match) => match.score ** SIMILARITY_POWER * RECENCY_DECAY ** Math.max(0, latestSession - index.rollCalls[match.row].session));
  const members = codes.map((code, m) => {
    const weights = [0, 0, 0, 0];
    const column = columns[m];
    // weights[0] collects non-votes in the fallback below and is never read.
    let used = 0;
    for (let i = 0; i < pool.length && used < PER_MEMBER && column >= 0; i++) {
      const vote = index.vote(pool[i].row, column);
      if (vote === 0) continue;
      weights[vote] += weightOf[i];
      used++;
    }
    // No vote on any similar roll call: the member's most frequent vote in the recent sessions, weighted lightly.
    if (used === 0 && column >= 0) for (const row of recentRows) weights[index.vote(row, column)] += FALLBACK_WEIGHT;
    const record = pool.slice(0, shown).map((match) => (column < 0 ? 0 : index.vote(match.row, column)));
    const total = weights[YES] + weights[NO] + weights[ABSTAIN];
    if (sponsorship.yesRate !== null && sponsorship.codes.has(code))
      return { code, record, weights, total, predicted: YES, confidence: sponsorship.yesRate, sponsor: true };
    const predicted = total === 0 ? 0 : plurality(weights[YES], weights[NO], weights[ABSTAIN]);
    return { code, record, weights, total, predicted, confidence: total === 0 || predicted === 0 ? null : weights[predicted] / total, sponsor: false };
  });
  let yes = 0;
  let no = 0;
  let abstain = 0;
  for (const member of members) {
    if (member.predicted === YES) yes++;
    else if (member.predicted === NO) no++;
    else if (member.predicted === ABSTAIN) abstain++;
  }
  const expected = plurality(yes, no, abstain);
  return {
    expected,
    members: members.map(({ code, record, weights, total, predicted, confidence, sponsor }) => ({
      code,
      record,
      predicted,
      confidence,
      sponsor,
      defectionRisk: sponsor
        ? expected === 0
          ? null
          : expected === YES
            ? 1 - confidence!
            : confidence
        : total === 0 || expected === 0
          ? null
          : 1 - weights[expected] / total,
    })),
  };
}

/** The rows precedents may come from: the range asked for, narrowed to the RECENT_SESSIONS sessions before its end unless `from` is set. */
export function precedentRows(index: VoteIndex, rows: readonly number[], fromGiven: boolean): { rows: number[]; latestSession: number } {
  let latestSession = 0;
  for (const row of rows) latestSession = Math.max(latestSession, index.rollCalls[row].session);
  if (fromGiven) return { rows: [...rows], latestSession };
  return { rows: rows.filter((row) => index.rollCalls[row].session > latestSession - RECENT_SESSIONS), latestSession };
}
