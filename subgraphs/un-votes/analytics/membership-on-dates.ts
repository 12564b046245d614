import { spellCovers, type Spell } from "../../shared/bodies/spells.js";
import type { IsMember } from "./group-analysis.js";
import type { VoteIndex } from "./vote-index.js";

/** Whether member `m` (of `codes`) belonged on a roll call's date, from its spells; memoised per member and date. */
export function membershipOnDates(index: VoteIndex, codes: readonly string[], spells: readonly Spell[]): IsMember {
  const byMember = codes.map((code) => spells.filter((spell) => spell.countryCode === code));
  const memo = codes.map(() => new Map<string, boolean>());
  return (m, row) => {
    const date = index.rollCalls[row].date;
    let known = memo[m].get(date);
    if (known === undefined) {
      known = byMember[m].some((spell) => spellCovers(spell, date));
      memo[m].set(date, known);
    }
    return known;
  };
}
