/**
 * What sponsoring a draft says about a state's vote on it: how often the states that sponsored a
 * draft (or joined as additional sponsors) voted yes on it, over the record before a cut-off.
 * Sponsors all but always vote for their own draft (the README's whip-sheet evaluation gives the
 * figure); the sheet states the rate measured before each vote rather than a fixed one.
 */
import { YES, type VoteIndex } from "./vote-index.js";

/** Fewer sponsors' votes than this before the cut-off and the rate is not trusted: sponsorship is then not used. */
export const MIN_SPONSOR_VOTES = 500;

export type SponsorRecord = { votes: number; yesRate: number | null };

/** The sponsors' yes rate over roll calls dated before `before`, kept per snapshot and cut-off. */
export function sponsorRecord(index: VoteIndex, before: string): SponsorRecord {
  return index.derived(`sponsor-record|${before}`, () => {
    let votes = 0;
    let yes = 0;
    for (let row = 0; row < index.rollCalls.length && index.rollCalls[row].date < before; row++) {
      const rollCall = index.rollCalls[row];
      for (const code of [...rollCall.sponsors, ...rollCall.additionalSponsors]) {
        const column = index.columnOf.get(code);
        const vote = column === undefined ? 0 : index.vote(row, column);
        if (vote === 0) continue;
        votes++;
        if (vote === YES) yes++;
      }
    }
    return { votes, yesRate: votes >= MIN_SPONSOR_VOTES ? yes / votes : null };
  });
}
