/** What every panel of the group voting page shares: the question's variables and the answer's voting record. */
import { describeErrors, type Answer } from "../lib/graphql.js";
import { Unavailable } from "../lib/panel.js";

/** What every group-voting question asks: the members and the period. */
export type GroupVariables = { memberCodes: string[]; session: number | null; from: string | null; to: string | null };

/** The answer's voting record, or the reason there is none. */
export function votingOrFail<V>(answer: Answer<{ generalAssemblyVoting: V | null }>): V {
  const voting = answer.data?.generalAssemblyVoting;
  if (!voting) throw new Unavailable(answer.errors.length > 0 ? describeErrors(answer.errors) : "the hub returned no voting record for this group");
  return voting;
}
