import { registerEnumType } from "type-graphql";
import { UN_ISSUES } from "../import/issues.js";

import { VotePosition } from "../../shared/types/VotePosition.js";

export { VotePosition };

/** Enum value → the data's two-letter issue code. */
export enum UnIssue {
  PALESTINIAN_CONFLICT = "me",
  NUCLEAR_WEAPONS = "nu",
  ARMS_CONTROL = "di",
  HUMAN_RIGHTS = "hr",
  COLONIALISM = "co",
  ECONOMIC_DEVELOPMENT = "ec",
}
registerEnumType(UnIssue, {
  name: "UnIssue",
  description: "The six issue tags of the Voeten General Assembly data. A roll call may carry several, or none.",
  valuesConfig: Object.fromEntries(UN_ISSUES.map((issue) => [issue.enumValue, { description: `${issue.name} (\`${issue.code}\` in the data).` }])),
});

export const POSITION_OF_VOTE: Record<number, VotePosition | null> = { 0: null, 1: VotePosition.YES, 2: VotePosition.NO, 3: VotePosition.ABSTAIN };
