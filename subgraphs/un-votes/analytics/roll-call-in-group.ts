/**
 * One roll call in a group's light, by the rules of group-voting.ts: the members' tally, the
 * group's position (plurality), the members who voted otherwise and those with no vote.
 */
import { tallyGroup } from "./group-voting.js";
import type { VoteIndex } from "./vote-index.js";

export type RollCallInGroupFigures = {
  memberCodes: string[];
  yes: number;
  no: number;
  abstain: number;
  /** The index's vote value of the position (YES, NO, ABSTAIN), 0 when there is none. */
  position: number;
  defectorCodes: string[];
  absentCodes: string[];
};

export function rollCallInGroup(index: VoteIndex, row: number, memberCodes: readonly string[]): RollCallInGroupFigures {
  const codes = [...new Set(memberCodes)].sort();
  const columns = codes.map((code) => index.columnOf.get(code) ?? -1);
  const [tally] = tallyGroup(index, columns, [row]);
  const position = tally.position;
  const defectorCodes: string[] = [];
  const absentCodes: string[] = [];
  codes.forEach((code, m) => {
    const vote = columns[m] < 0 ? 0 : index.vote(row, columns[m]);
    if (vote === 0) absentCodes.push(code);
    else if (position !== 0 && vote !== position) defectorCodes.push(code);
  });
  return { memberCodes: codes, yes: tally.yes, no: tally.no, abstain: tally.abstain, position, defectorCodes, absentCodes };
}
