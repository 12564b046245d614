import { registerEnumType } from "type-graphql";

export enum AodMembershipStatus {
  NOT_A_MEMBER = "NOT_A_MEMBER",
  APPLICANT = "APPLICANT",
  MEMBER = "MEMBER",
  SUSPENDED = "SUSPENDED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(AodMembershipStatus, {
  name: "AodMembershipStatus",
  description: "Where a state stands in the Alliance of Democracies, as of its latest recorded decision.",
  valuesConfig: {
    NOT_A_MEMBER: { description: "No decision recorded: never applied." },
    APPLICANT: { description: "Has applied; no admission decision yet." },
    MEMBER: { description: "Admitted and in good standing." },
    SUSPENDED: { description: "Admitted, then suspended." },
    WITHDRAWN: { description: "Was a member or applicant and withdrew." },
  },
});
