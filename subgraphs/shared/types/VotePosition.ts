import { registerEnumType } from "type-graphql";

/** One enum for every vote the hub records: the General Assembly's roll calls and the Alliance's own deliberations. */
export enum VotePosition {
  YES = "YES",
  NO = "NO",
  ABSTAIN = "ABSTAIN",
}
registerEnumType(VotePosition, {
  name: "VotePosition",
  description: "A vote cast: yes, no or abstain. Absence and non-membership are not votes and never appear as one.",
});
