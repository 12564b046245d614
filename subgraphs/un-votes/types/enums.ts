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

/** Enum value → the store's name of the source. */
export enum RollCallSource {
  VOETEN = "unvotes",
  UN_DIGITAL_LIBRARY = "undl",
  UN_RESOLUTIONS = "un-resolutions",
}
registerEnumType(RollCallSource, {
  name: "RollCallSource",
  description: "Where a roll call's votes come from.",
  valuesConfig: {
    VOETEN: { description: "The Voeten record (`unvotes` data set), 1946 – September 2023: also amendment and paragraph votes, and the issue tags." },
    UN_DIGITAL_LIBRARY: { description: "The UN Digital Library's voting export, where an operator imported it." },
    UN_RESOLUTIONS: {
      description:
        "The UN's machine-readable General Assembly resolutions (`un-resolutions` data set; source: United Nations): the recorded votes the Voeten record lacks, from session 74 on. Issue tags here are read from the resolution's subjects by the hub.",
    },
  },
});

export enum RollCallOrder {
  OLDEST_FIRST = "OLDEST_FIRST",
  NEWEST_FIRST = "NEWEST_FIRST",
}
registerEnumType(RollCallOrder, {
  name: "RollCallOrder",
  description: "The order roll calls are listed in: by date, then by id.",
  valuesConfig: {
    OLDEST_FIRST: { description: "The earliest first: the record as it grew." },
    NEWEST_FIRST: { description: "The latest first: what a search for recent votes wants." },
  },
});

export const POSITION_OF_VOTE: Record<number, VotePosition | null> = { 0: null, 1: VotePosition.YES, 2: VotePosition.NO, 3: VotePosition.ABSTAIN };

/** Whose votes a body's General Assembly voting counts. */
export enum GroupMembership {
  CURRENT_MEMBERS = "CURRENT_MEMBERS",
  MEMBERS_ON_EACH_DATE = "MEMBERS_ON_EACH_DATE",
}
registerEnumType(GroupMembership, {
  name: "GroupMembership",
  description: "Whose votes a body's General Assembly voting counts on each roll call.",
  valuesConfig: {
    CURRENT_MEMBERS: { description: "Today's members (`memberCodes`) on every roll call, whenever they joined: the default." },
    MEMBERS_ON_EACH_DATE: {
      description:
        "On each roll call, the states that were members on its date (`membershipSpells`): a state counts only while it belonged. A member whose start its source does not date counts on every roll call before its end, so for a body with undated members this equals CURRENT_MEMBERS.",
    },
  },
});
