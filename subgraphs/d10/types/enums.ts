import { registerEnumType } from "type-graphql";

export enum D10Role {
  PARTICIPANT = "PARTICIPANT",
  OBSERVER = "OBSERVER",
}
registerEnumType(D10Role, {
  name: "D10Role",
  description: "How a member takes part in the D-10 Strategy Forum.",
  valuesConfig: {
    PARTICIPANT: { description: "A full participant of the forum." },
    OBSERVER: { description: "Attends as an observer." },
  },
});

export enum D10ParticipantKind {
  STATE = "STATE",
  SUPRANATIONAL_UNION = "SUPRANATIONAL_UNION",
}
registerEnumType(D10ParticipantKind, {
  name: "D10ParticipantKind",
  description: "What kind of actor a D-10 participant is: not every participant is a country.",
  valuesConfig: {
    STATE: { description: "A sovereign state; `country` is set." },
    SUPRANATIONAL_UNION: { description: "A union of states such as the European Union; `country` is null." },
  },
});
