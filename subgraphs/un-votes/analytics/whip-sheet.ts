/**
 * The whip's sheet for a coming vote: how each member voted on the most similar past roll calls,
 * what that predicts, and who is most likely to break from the group's expected position.
 *
 * A member's predicted position is the similarity-weighted plurality of its past votes on those
 * roll calls, with the winning share of the weight as its confidence. The group's expected
 * position is the plurality of its members' predictions. A member's defection risk is the
 * weighted share of its past votes that differed from the group's expected position.
 */
import { plurality } from "./group-voting.js";
import type { SimilarRollCall } from "./similarity.js";
import { ABSTAIN, NO, YES, type VoteIndex } from "./vote-index.js";

export type MemberForecast = {
  code: string;
  /** Votes on the similar roll calls, in the order of `similar`; 0 where the member did not vote. */
  record: number[];
  predicted: number;
  confidence: number | null;
  defectionRisk: number | null;
};

export type WhipForecast = { expected: number; members: MemberForecast[] };

export function forecast(index: VoteIndex, codes: readonly string[], similar: readonly SimilarRollCall[]): WhipForecast {
  const columns = index.columns(codes);
  const members = codes.map((code, m) => {
    const weights = [0, 0, 0, 0];
    const record = similar.map((match) => {
      const vote = columns[m] < 0 ? 0 : index.vote(match.row, columns[m]);
      weights[vote] += vote === 0 ? 0 : match.score;
      return vote;
    });
    const total = weights[YES] + weights[NO] + weights[ABSTAIN];
    const predicted = total === 0 ? 0 : plurality(weights[YES], weights[NO], weights[ABSTAIN]);
    return { code, record, weights, total, predicted, confidence: total === 0 || predicted === 0 ? null : weights[predicted] / total };
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
    members: members.map(({ code, record, weights, total, predicted, confidence }) => ({
      code,
      record,
      predicted,
      confidence,
      defectionRisk: total === 0 || expected === 0 ? null : 1 - weights[expected] / total,
    })),
  };
}
