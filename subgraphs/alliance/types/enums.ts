import { registerEnumType } from "type-graphql";
import { Role } from "../../shared/auth.js";
import { EligibilityPolicy } from "../rules/eligibility.js";

export { EligibilityPolicy, Role };

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

registerEnumType(EligibilityPolicy, {
  name: "EligibilityPolicy",
  description: "Which established research decides eligibility (principle 4). Recorded with every assessment and decision.",
  valuesConfig: {
    FREEDOM_HOUSE_FREE_OR_PARTLY_FREE: { description: "Rated Free or Partly Free by Freedom House (the default)." },
    VDEM_ELECTORAL_DEMOCRACY_OR_BETTER: { description: "An electoral or liberal democracy in V-Dem's Regimes of the World." },
    FREEDOM_HOUSE_AND_VDEM_AGREE: { description: "Both of the above; unknown when either source has no rating, not eligible when either says no." },
  },
});

export enum FreedomStatus {
  FREE = "FREE",
  PARTLY_FREE = "PARTLY_FREE",
  NOT_FREE = "NOT_FREE",
}
registerEnumType(FreedomStatus, { name: "FreedomStatus", description: "Freedom House status." });

registerEnumType(Role, {
  name: "Role",
  description: "Roles that may write to the Alliance's record. Reads need none.",
});

export enum Constituency {
  GOVERNMENTS = "GOVERNMENTS",
  PARLIAMENTARY_NETWORK = "PARLIAMENTARY_NETWORK",
  CIVIL_SOCIETY_NETWORK = "CIVIL_SOCIETY_NETWORK",
}
registerEnumType(Constituency, {
  name: "Constituency",
  description:
    "Who takes part in the Alliance's deliberations with full rights: member governments, the parliamentary network, and the civil society network (which democratic opposition leaders join too).",
});

export { VotePosition } from "../../shared/types/VotePosition.js";

export enum RatingSource {
  FREEDOM_HOUSE = "FREEDOM_HOUSE",
  VDEM = "VDEM",
}
registerEnumType(RatingSource, {
  name: "RatingSource",
  description: "Established research the Alliance's eligibility rests on.",
  valuesConfig: {
    FREEDOM_HOUSE: { description: "Freedom House, Freedom in the World." },
    VDEM: { description: "V-Dem, Regimes of the World." },
  },
});

/** V-Dem's four regime types, in the order of its 0–3 scale. */
export enum Regime {
  CLOSED_AUTOCRACY = "CLOSED_AUTOCRACY",
  ELECTORAL_AUTOCRACY = "ELECTORAL_AUTOCRACY",
  ELECTORAL_DEMOCRACY = "ELECTORAL_DEMOCRACY",
  LIBERAL_DEMOCRACY = "LIBERAL_DEMOCRACY",
}
registerEnumType(Regime, {
  name: "Regime",
  description: "V-Dem Regimes of the World: closed autocracy (0), electoral autocracy (1), electoral democracy (2), liberal democracy (3).",
});
export const REGIME_BY_SCORE = [Regime.CLOSED_AUTOCRACY, Regime.ELECTORAL_AUTOCRACY, Regime.ELECTORAL_DEMOCRACY, Regime.LIBERAL_DEMOCRACY] as const;

export enum ParticipantKind {
  PARLIAMENTARIAN = "PARLIAMENTARIAN",
  CIVIL_SOCIETY_ORGANIZATION = "CIVIL_SOCIETY_ORGANIZATION",
  OPPOSITION_LEADER = "OPPOSITION_LEADER",
}
registerEnumType(ParticipantKind, {
  name: "ParticipantKind",
  description: "Participants beyond governments, from any country, member or not (principles 2, 3, 5).",
});

export enum RecommendationDimension {
  INTERNAL = "INTERNAL",
  EXTERNAL = "EXTERNAL",
}
registerEnumType(RecommendationDimension, {
  name: "RecommendationDimension",
  description: "INTERNAL: strengthening democracy at home. EXTERNAL: promoting and defending democracy abroad.",
});

export enum ResponseStatus {
  ACCEPTED = "ACCEPTED",
  PARTLY_ACCEPTED = "PARTLY_ACCEPTED",
  REJECTED = "REJECTED",
  UNDER_CONSIDERATION = "UNDER_CONSIDERATION",
}
registerEnumType(ResponseStatus, { name: "ResponseStatus", description: "How a recommendation was answered." });

export enum SanctionGrounds {
  GROSS_HUMAN_RIGHTS_ABUSES = "GROSS_HUMAN_RIGHTS_ABUSES",
  INTERFERENCE_IN_DEMOCRATIC_PROCESS = "INTERFERENCE_IN_DEMOCRATIC_PROCESS",
}
registerEnumType(SanctionGrounds, {
  name: "SanctionGrounds",
  description: "The only grounds for joint smart sanctions (principle 8): gross human rights abuses, or gross interference in a member's democratic process.",
});

export enum Campaign {
  UN_PARLIAMENTARY_ASSEMBLY = "UN_PARLIAMENTARY_ASSEMBLY",
  UN_WORLD_CITIZENS_INITIATIVE = "UN_WORLD_CITIZENS_INITIATIVE",
}
registerEnumType(Campaign, { name: "Campaign", description: "Campaigns for global governance the Alliance pushes (principle 11)." });

export enum EndorserKind {
  GOVERNMENT = "GOVERNMENT",
  PARLIAMENT = "PARLIAMENT",
  ORGANIZATION = "ORGANIZATION",
}
registerEnumType(EndorserKind, { name: "EndorserKind", description: "Who endorsed a campaign." });

export enum CaucusChangeKind {
  ADD = "ADD",
  REMOVE = "REMOVE",
}
registerEnumType(CaucusChangeKind, { name: "CaucusChangeKind", description: "A recorded change to the UN Democracy Caucus beyond the Alliance's members." });
