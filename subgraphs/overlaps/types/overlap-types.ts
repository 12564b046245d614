/** The answers of the overlaps subgraph. Every score is explained in its description and its reasons. */
import { GraphQLDateTime } from "graphql-scalars";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { Activity } from "../../shared/types/Activity.js";
import { PageInfo } from "../../shared/types/PageInfo.js";
import { BodyKind, MatchKind, Recommendation } from "./enums.js";

@ObjectType({ description: "A body whose membership the hub compares: an IGO of the Correlates of War registry, or one of the hub's own bodies." })
export class Body {
  @Field(() => ID, { description: "`cow:<ioname>` for registry IGOs (e.g. `cow:NATO`); `community-of-democracies` (its Governing Council), `d10`, `alliance-of-democracies`, `un-democracy-caucus` for the hub's bodies." })
  id!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => BodyKind, { description: "Registry IGO or hub body." })
  kind!: BodyKind;
}

@ObjectType({ description: "How far two bodies' memberships coincide in a year. Jaccard = |A ∩ B| / |A ∪ B|; containment of A in B = |A ∩ B| / |A|." })
export class MembershipOverlap {
  @Field(() => Body, { description: "The first body." })
  a!: Body;

  @Field(() => Body, { description: "The second body." })
  b!: Body;

  @Field(() => Int, { description: "The year compared (hub bodies: their current members, whatever the year)." })
  year!: number;

  @Field(() => Float, { description: "Jaccard similarity, 0 to 1." })
  jaccard!: number;

  sharedCodes!: string[];

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
}

@ObjectType({ description: "An edge of a body-pair connection." })
export class BodyPairEdge {
  @Field(() => String, { description: "Opaque cursor." })
  cursor!: string;

  @Field(() => MembershipOverlap, { description: "The pair and its overlap." })
  node!: MembershipOverlap;
}

@ObjectType({ description: "Pairs of bodies whose memberships are nearly the same, most similar first." })
export class BodyPairConnection {
  @Field(() => Int, { description: "Pairs at or above the threshold, over all pages." })
  totalCount!: number;

  @Field(() => [BodyPairEdge], { description: "This page." })
  edges!: BodyPairEdge[];

  @Field(() => PageInfo, { description: "Whether more follow." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "The year compared." })
  year!: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the hub bodies were last read through the gateway." })
  refreshedAt!: string | null;
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

  @Field(() => [String], { description: "What they share, component by component." })
  reasons!: string[];
}

@InputType({ description: "A proposed activity or structure to check before creating it." })
export class ProposalInput {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Description." })
  description?: string | null;

  @Field(() => [String], { defaultValue: [], description: "Topics." })
  topics!: string[];

  @Field(() => [String], { defaultValue: [], description: "Alpha-3 codes of the intended members or participants." })
  memberCodes!: string[];

  @Field(() => String, { nullable: true, description: "Start, YYYY, YYYY-MM or YYYY-MM-DD." })
  startDate?: string | null;
}

@ObjectType({ description: "An existing activity or body a proposal would duplicate." })
export class ProposalMatch {
  @Field(() => MatchKind, { description: "Activity or structure." })
  kind!: MatchKind;

  @Field(() => Activity, { nullable: true, description: "The activity matched; null for a structure." })
  activity!: Activity | null;

  @Field(() => Body, { nullable: true, description: "The body matched by membership; null for an activity." })
  body!: Body | null;

  @Field(() => Float, {
    description: "Score, 0 to 1: for an activity, the activity score; for a body, half the Jaccard similarity of the intended members to its members (the registry records members, not mandates).",
  })
  score!: number;

  @Field(() => [String], { description: "Why it matched." })
  reasons!: string[];
}

@ObjectType({ description: "What a proposal would duplicate, and what to do about it." })
export class ProposalCheck {
  @Field(() => [ProposalMatch], { description: "Matches, best first." })
  matches!: ProposalMatch[];

  @Field(() => Recommendation, { description: "Join, extend, or go ahead." })
  recommendation!: Recommendation;

  @Field(() => String, { description: "The recommendation in a sentence, naming what it rests on." })
  explanation!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When the hub's bodies and activities were last read." })
  refreshedAt!: string | null;
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
export class RefreshResult {
  @Field(() => GraphQLDateTime, { nullable: true, description: "When the last good read finished." })
  refreshedAt!: string | null;

  @Field(() => Int, { description: "Hub bodies known." })
  bodies!: number;

  @Field(() => Int, { description: "Activities known." })
  activities!: number;

  @Field(() => String, { nullable: true, description: "Why the last read failed or was partial; null when it was complete." })
  error!: string | null;
}
