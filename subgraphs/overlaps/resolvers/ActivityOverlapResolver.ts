import { IGO_REGISTRY, STRUCTURE_DATA_SETS } from "../types/igo-registry.js";
import { catalogueFields } from "../../shared/datasets/dataset-types.js";
import { checkedProposal, recommend } from "./planned-activity.js";
import { Arg, Ctx, Float, ID, Int, Query, Resolver } from "type-graphql";
import { connectionFrom } from "../../shared/connection.js";
import { inputError } from "../../platform/errors.js";
import type { OverlapsContext } from "../loaders.js";
import { MatchKind } from "../types/enums.js";
import { ActivityOverlapConnection, DuplicateStructureReport, PlannedActivityCheck, PlannedActivityInput } from "../types/overlaps.js";
import { toOverlap } from "./mappers.js";
import { ready } from "./OverlapsResolver.js";

const COD = "community-of-democracies";
const AOD = "alliance-of-democracies";
const CAUCUS = "un-democracy-caucus";

function checkedMaxMatches(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 100) {
    throw inputError("maxMatches", `expected a whole number from 1 to 100, received ${value}`);
  }
  return value;
}

function score(argument: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw inputError(argument, `expected a number from 0 to 1, received ${value}`);
  return value;
}

@Resolver()
export class ActivityOverlapResolver {
  @Query(() => ActivityOverlapConnection, {
    nullable: true,
    description: "Pairs of activities of different bodies that cover the same ground, highest score first.",
  })
  async activityOverlaps(
    @Arg("minScore", () => Float, { defaultValue: 0.3, description: "Threshold, 0 to 1 (default 0.3)." }) minScore: number,
    @Arg("bodyIds", () => [ID], { nullable: true, description: "Only activities of these bodies (`Body.id`)." }) bodyIds: string[] | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, up to 500." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Ctx() context: OverlapsContext,
  ) {
    await ready(context);
    const pairs = await context.engine.activityOverlaps(score("minScore", minScore), bodyIds, context.deadline);
    // The question is part of the cursor's kind: a cursor of another threshold or body list is refused, not misread.
    return connectionFrom(`activity-pairs:${minScore}:${bodyIds?.join(",") ?? ""}`, pairs, { first, after });
  }

  @Query(() => PlannedActivityCheck, {
    nullable: true,
    description:
      "Before creating an activity or structure: the existing ones it would duplicate, ranked with reasons, and a recommendation. " +
      "The recommendation rests on the best activity match (what bodies do): JOIN_EXISTING from `joinAt` (default 0.6), EXTEND_EXISTING from " +
      "`extendAt` (default 0.35), GO_AHEAD below; bodies with nearly the same members are named beside it.",
  })
  async checkPlannedActivity(
    @Arg("input", () => PlannedActivityInput, { description: "The planned activity." }) input: PlannedActivityInput,
    // A ranked top list, not a page: `first` would promise an `after` to continue with.
    @Arg("maxMatches", () => Int, { defaultValue: 10, description: "How many matches to return, best first (1 to 100)." }) maxMatches: number,
    @Arg("joinAt", () => Float, { defaultValue: 0.6, description: "Score from which to advise joining the best match." }) joinAt: number,
    @Arg("extendAt", () => Float, { defaultValue: 0.35, description: "Score from which to advise extending the best match." }) extendAt: number,
    @Ctx() context: OverlapsContext,
  ): Promise<PlannedActivityCheck> {
    const proposal = checkedProposal(input);
    score("joinAt", joinAt);
    score("extendAt", extendAt);
    checkedMaxMatches(maxMatches);
    await ready(context);
    const { engine } = context;
    const matches = engine.checkPlannedActivity(proposal, maxMatches);
    const kept = matches.map((m) => ({
      ...m,
      kind: m.kind as MatchKind,
      body: m.body ? { id: m.body.id } : null,
      components: m.components!,
      origin: engine.originOf(m),
    }));
    return {
      matches: kept,
      ...recommend(matches, joinAt, extendAt),
      refreshedAt: engine.snapshot.refreshedAt,
      snapshotBuiltAt: engine.builtAt(),
      snapshotFailure: engine.snapshot.lastError,
      compared: engine.compared(),
      computedFrom: [IGO_REGISTRY, ...STRUCTURE_DATA_SETS.map(catalogueFields)],
    };
  }

  @Query(() => DuplicateStructureReport, {
    nullable: true,
    description: "The duplicate-structure report the brief asks for: could the Community of Democracies play the Alliance's role?",
  })
  async duplicateStructureReport(
    @Arg("minScore", () => Float, { defaultValue: 0.3, description: "Threshold for activity overlaps (default 0.3)." }) minScore: number,
    @Ctx() context: OverlapsContext,
  ): Promise<DuplicateStructureReport> {
    await ready(context);
    const { engine } = context;
    const refreshedAt = engine.snapshot.refreshedAt;
    const has = (id: string) => engine.index().body(id) !== undefined;
    const membership = has(COD) && has(AOD) ? toOverlap(engine.membershipOverlap(COD, AOD, null, [1]), engine) : null;
    const caucusMembership = has(COD) && has(CAUCUS) ? toOverlap(engine.membershipOverlap(COD, CAUCUS, null, [1]), engine) : null;
    const activityOverlaps = await engine.activityOverlaps(score("minScore", minScore), [COD, AOD], context.deadline);
    const activities = engine.snapshot.activities;
    const codTopics = new Set(activities.filter((a) => a.bodyId === COD).flatMap((a) => a.topics));
    const aodTopics = [...new Set(activities.filter((a) => a.bodyId === AOD).flatMap((a) => a.topics))].sort();
    const topicsCovered = aodTopics.filter((t) => codTopics.has(t));
    const topicsNotCovered = aodTopics.filter((t) => !codTopics.has(t));
    const aodActivities = activities.filter((a) => a.bodyId === AOD).length;
    const overlapping = new Set(activityOverlaps.map((p) => (p.a.bodyId === AOD ? p.a.id : p.b.id))).size;
    const summary =
      (membership
        ? `The CoD Governing Council holds ${membership.sharedCodes.length} of the Alliance's ${membership.sizeB} members (${(membership.containmentBInA * 100).toFixed(0)}%; Jaccard ${membership.jaccard.toFixed(2)}). `
        : "The membership of the CoD or the Alliance could not be read. ") +
      `${overlapping} of the Alliance's ${aodActivities} recorded activities overlap a CoD activity at ${minScore} or above; ` +
      `${topicsCovered.length} of its ${aodTopics.length} topics are already covered by CoD activities.`;
    return { membership, caucusMembership, activityOverlaps, topicsCovered, topicsNotCovered, summary, refreshedAt };
  }
}
