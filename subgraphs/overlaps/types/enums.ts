import { registerEnumType } from "type-graphql";

export enum MemberLevel {
  FULL = 1,
  ASSOCIATE = 2,
  OBSERVER = 3,
}
registerEnumType(MemberLevel, {
  name: "MemberLevel",
  description: "Kinds of membership in the Correlates of War registry. Hub bodies have full members only.",
});

export enum MatchKind {
  ACTIVITY = "ACTIVITY",
  STRUCTURE = "STRUCTURE",
}
registerEnumType(MatchKind, {
  name: "MatchKind",
  description: "What a planned activity was matched against: an existing activity, or an existing body by its membership.",
});

export enum Recommendation {
  JOIN_EXISTING = "JOIN_EXISTING",
  EXTEND_EXISTING = "EXTEND_EXISTING",
  GO_AHEAD = "GO_AHEAD",
}
registerEnumType(Recommendation, {
  name: "OverlapRecommendation",
  description:
    "What the check advises: join an existing activity or body (it already does this), extend one (it covers much of it), or go ahead (nothing covers it).",
});
