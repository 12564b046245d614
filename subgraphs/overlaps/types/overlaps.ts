/** The answers of the overlaps subgraph. Every score is explained in its description and its reasons. */
import { GraphQLDateTime } from "graphql-scalars";
import { ObjectType, Field, Float, Int, InputType } from "type-graphql";
import { createConnectionType } from "../../shared/connection.js";
import { UserError } from "../../shared/mutations/UserError.js";
import { PartialDate } from "../../shared/scalars/PartialDate.js";
import { PageInfo } from "../../shared/types/PageInfo.js";
import { BodyRef, Activity } from "./bodies.js";
import { MatchKind, Recommendation } from "./enums.js";
import { DataSet } from "./igo-registry.js";

/** A body as a reference: the gateway completes its fields from its owner. */
type BodyReference = { id: string };

@ObjectType({ description: "Each part of a score on its own, 0 to 1, beside the weighted total; null for a part that does not apply." })
export class ScoreComponents {
  @Field(() => Float, { nullable: true, description: "Jaccard similarity of the topics (weight 0.4); null unless both give topics." })
  topics!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "TF-IDF cosine similarity of the words (stemmed) of title and description (weight 0.3); for a body, of the plan's words with its name and mandate (weight 0.6).",
  })
  text!: number | null;

  @Field(() => Float, { nullable: true, description: "Jaccard similarity of the participating countries (weight 0.2); null unless both list countries." })
  countries!: number | null;

  @Field(() => Float, { nullable: true, description: "1 when the periods overlap, 0 when not (weight 0.1); null unless both have a start." })
  period!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "For a body: Jaccard similarity of the intended members to its members (weight 0.4); null for an activity, or when the plan names no countries.",
  })
  membership!: number | null;
}

@ObjectType({ description: "How far two bodies' memberships coincide in a year. Jaccard = |A ∩ B| / |A ∪ B|; containment of A in B = |A ∩ B| / |A|." })
export class MembershipOverlap {
  @Field(() => BodyRef, { description: "The first body." })
  a!: BodyReference;

  @Field(() => BodyRef, { description: "The second body." })
  b!: BodyReference;

  @Field(() => Int, { description: "The year compared (hub bodies: their current members, whatever the year)." })
  year!: number;

  @Field(() => Float, { description: "Jaccard similarity, 0 to 1." })
  jaccard!: number;

  sharedCodes!: string[];
  onlyInACodes!: string[];
  onlyInBCodes!: string[];

  @Field(() => Int, { description: "Members of A." })
  sizeA!: number;

  @Field(() => Int, { description: "Members of B." })
  sizeB!: number;

  @Field(() => Float, { description: "Share of A's members that also belong to B." })
  containmentAInB!: number;

  @Field(() => Float, { description: "Share of B's members that also belong to A." })
  containmentBInA!: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the hub bodies were last read through the gateway; null before the first refresh." })
  refreshedAt!: string | null;

  @Field(() => [String], {
    description:
      "What the year means for either body where its members are not that year's: a hub body's are today's; a registry IGO past the registry's last year (2014), or an informal group past 2017, has none recorded, and the note says so rather than leaving a silent zero.",
  })
  notes!: string[];

  @Field(() => [DataSet], { description: "The data this answer was computed from, with when it was imported." })
  computedFrom!: object[];
}

@ObjectType({ description: "An edge of a membership-overlap connection." })
export class MembershipOverlapEdge {
  @Field(() => String, { description: "Opaque cursor." })
  cursor!: string;

  @Field(() => MembershipOverlap, { description: "The pair and its overlap." })
  node!: MembershipOverlap;
}

@ObjectType({ description: "Pairs of bodies whose memberships are nearly the same, most similar first." })
export class MembershipOverlapConnection {
  @Field(() => Int, { description: "Pairs at or above the threshold, over all pages." })
  totalCount!: number;

  @Field(() => [MembershipOverlapEdge], { description: "This page." })
  edges!: MembershipOverlapEdge[];

  @Field(() => [MembershipOverlap], { description: "The items of this page without their cursors: `edges { node }` in short." })
  nodes!: MembershipOverlap[];

  @Field(() => PageInfo, { description: "Whether more follow." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "The year compared." })
  year!: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the hub bodies were last read through the gateway." })
  refreshedAt!: string | null;

  @Field(() => [DataSet], { description: "The data this answer was computed from, with when it was imported." })
  computedFrom!: object[];
}

@ObjectType({
  description:
    "Two activities of different bodies that cover the same ground. Score: weighted mean of topic Jaccard (0.4), TF-IDF text cosine (0.3), " +
    "participant Jaccard (0.2, when both list participants) and period overlap (0.1, when both have a start).",
})
export class ActivityOverlap {
  @Field(() => Activity, { description: "One activity." })
  a!: Activity;

  @Field(() => Activity, { description: "The other, of another body." })
  b!: Activity;

  @Field(() => Float, { description: "Score, 0 to 1." })
  score!: number;

  @Field(() => ScoreComponents, { description: "The score's parts." })
  components!: ScoreComponents;

  @Field(() => [String], { description: "What they share, component by component." })
  reasons!: string[];
}

export const ActivityOverlapConnection = createConnectionType(
  "ActivityOverlap",
  ActivityOverlap,
  "Pairs of activities of different bodies, highest score first.",
);

@InputType({ description: "A planned activity or structure, to check before creating it." })
export class PlannedActivityInput {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Description." })
  description?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description:
      "Topics, lower case (e.g. `media`, `corruption`, `elections`); none given means topics are not compared, rather than compared as nothing shared.",
  })
  topics!: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: "Alpha-3 codes of the intended member or participating countries; a code no country has is refused (BAD_USER_INPUT).",
  })
  countryCodes!: string[];

  @Field(() => PartialDate, { nullable: true, description: "Start, as precise as known." })
  startDate?: string | null;
}

@ObjectType({ description: "An existing activity or body a planned activity would duplicate." })
export class PlannedActivityMatch {
  @Field(() => MatchKind, { description: "Activity or structure." })
  kind!: MatchKind;

  @Field(() => Activity, { nullable: true, description: "The activity matched; null for a structure." })
  activity!: Activity | null;

  @Field(() => BodyRef, { nullable: true, description: "The body matched by membership; null for an activity." })
  body!: BodyReference | null;

  @Field(() => Float, {
    description:
      "Score, 0 to 1: for an activity, the activity score; for a body, 0.6 × the cosine of the plan's words with its name and mandate + 0.4 × the Jaccard similarity of the intended members to its members (0 when the plan names no countries).",
  })
  score!: number;

  @Field(() => String, {
    description:
      "Where the match comes from: `hub` (the hub's own bodies and their activities, read through the gateway), or the imported data set that holds it (`us-commitments`, `canada-ogp`, `manyios`, `eu-members`, `cow-igo`; see `Query.dataSet`).",
  })
  origin!: string;

  @Field(() => ScoreComponents, { description: "The score's parts." })
  components!: ScoreComponents;

  @Field(() => [String], { description: "Why it matched." })
  reasons!: string[];
}

@ObjectType({ description: "How much a check compared a plan with, and from which sources." })
export class ComparedWith {
  @Field(() => Int, { description: "Activities compared: the hub bodies' own and the imported commitments." })
  activities!: number;

  @Field(() => Int, {
    description:
      "Bodies compared: the hub's own, the COW registry's IGOs, informal groups, dead IGOs, the EU, and the governments and initiatives commitments belong to.",
  })
  bodies!: number;

  @Field(() => [String], {
    description: "The sources, as `PlannedActivityMatch.origin` names them, each with what it contributed (e.g. `us-commitments: 346 activities, 3 bodies`).",
  })
  sources!: string[];
}

@ObjectType({ description: "What a planned activity would duplicate, and what to do about it." })
export class PlannedActivityCheck {
  @Field(() => [PlannedActivityMatch], { description: "Matches, best first." })
  matches!: PlannedActivityMatch[];

  @Field(() => Recommendation, { description: "Join, extend, or go ahead." })
  recommendation!: Recommendation;

  @Field(() => String, { description: "The recommendation in a sentence, naming what it rests on." })
  explanation!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "When the hub's bodies and activities were last read (before this check, unless the gateway did not answer in time).",
  })
  refreshedAt!: string | null;

  @Field(() => GraphQLDateTime, {
    description:
      "When the snapshot this check used was built: the last time what was read, or the store, changed. A change in the hub rebuilds it before the next check.",
  })
  snapshotBuiltAt!: string;

  @Field(() => String, {
    nullable: true,
    description: "Why the last read of the hub failed or was partial (the check then used the last good snapshot); null when it was complete.",
  })
  snapshotFailure!: string | null;

  @Field(() => ComparedWith, { description: "How much the plan was compared with, and from which sources." })
  compared!: ComparedWith;

  @Field(() => [DataSet], { description: "The data this answer was computed from, with when it was imported." })
  computedFrom!: object[];
}

@ObjectType({
  description:
    "Could the Community of Democracies play the Alliance's role? Its Governing Council's membership beside the Alliance's and the caucus's, " +
    "and the activities of the two that cover the same ground. Figures, not a verdict.",
})
export class DuplicateStructureReport {
  @Field(() => MembershipOverlap, { nullable: true, description: "CoD Governing Council against the Alliance's members." })
  membership!: MembershipOverlap | null;

  @Field(() => MembershipOverlap, { nullable: true, description: "CoD Governing Council against the UN Democracy Caucus." })
  caucusMembership!: MembershipOverlap | null;

  @Field(() => [ActivityOverlap], { description: "Pairs of a CoD activity and an Alliance activity at or above the threshold." })
  activityOverlaps!: ActivityOverlap[];

  @Field(() => [String], { description: "The Alliance's activity topics that CoD activities also cover." })
  topicsCovered!: string[];

  @Field(() => [String], { description: "The Alliance's activity topics no CoD activity covers." })
  topicsNotCovered!: string[];

  @Field(() => String, { description: "The figures in a sentence." })
  summary!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the hub's bodies and activities were last read." })
  refreshedAt!: string | null;
}

@ObjectType({ description: "The result of reading the hub's bodies and activities again." })
export class RefreshOverlapsPayload {
  @Field(() => GraphQLDateTime, { nullable: true, description: "When the last good read finished." })
  refreshedAt!: string | null;

  @Field(() => Int, { description: "Hub bodies known." })
  bodyCount!: number;

  @Field(() => Int, { description: "Activities known." })
  activityCount!: number;

  @Field(() => String, { nullable: true, description: "Why the last read failed or was partial (the last good snapshot is kept); null when it was complete." })
  failure!: string | null;

  @Field(() => [UserError], { description: "Always empty: the refresh takes no input to refuse. Kept so every payload has the same shape." })
  userErrors!: UserError[];
}
