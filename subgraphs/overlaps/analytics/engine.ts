/**
 * The overlap questions, answered from the registry (this subgraph's store) and the hub snapshot
 * (read through the gateway). The membership index and the text model are rebuilt only when
 * either source changed.
 */
import type { ActivityRecord as Activity } from "../../shared/bodies/Activity.js";
import type { HubSnapshot } from "../hub-snapshot.js";
import type { OverlapsStore } from "../store.js";
import { similarity, similarityScore, textOf, TextModel, type Comparable, type ScoreComponents } from "./activity-similarity.js";
import { MembershipIndex, nearDuplicatePairs, popcount32, type BodyInfo, type MemberLevel } from "./membership-index.js";

export type Overlap = {
  a: BodyInfo;
  b: BodyInfo;
  year: number;
  shared: string[];
  onlyInA: string[];
  onlyInB: string[];
  sizeA: number;
  sizeB: number;
  jaccard: number;
  containmentAInB: number;
  containmentBInA: number;
};
export type ActivityPair = { a: Activity; b: Activity; score: number; reasons: string[]; components: ScoreComponents };
export type ProposalInputValue = Comparable & { kind: string | null };
export type Match = {
  kind: "ACTIVITY" | "STRUCTURE";
  activity: Activity | null;
  body: BodyInfo | null;
  score: number;
  reasons: string[];
  components: ScoreComponents | null;
};

export class UnknownBodyError extends Error {}

/** What a body's membership alone counts for when matching a proposal (see ProposalMatch.score). */
export const STRUCTURE_WEIGHT = 0.5;

function overlapOf(a: BodyInfo, b: BodyInfo, year: number, membersA: string[], membersB: string[]): Overlap {
  const setA = new Set(membersA);
  const setB = new Set(membersB);
  const shared = membersA.filter((code) => setB.has(code));
  const union = membersA.length + membersB.length - shared.length;
  return {
    a,
    b,
    year,
    shared,
    onlyInA: membersA.filter((code) => !setB.has(code)),
    onlyInB: membersB.filter((code) => !setA.has(code)),
    sizeA: membersA.length,
    sizeB: membersB.length,
    jaccard: union === 0 ? 0 : shared.length / union,
    containmentAInB: membersA.length === 0 ? 0 : shared.length / membersA.length,
    containmentBInA: membersB.length === 0 ? 0 : shared.length / membersB.length,
  };
}

export class OverlapsEngine {
  private cache: { key: string; index: MembershipIndex; model: TextModel; vectors: Map<string, Map<string, number>> } | null = null;

  constructor(
    private readonly store: OverlapsStore,
    readonly snapshot: HubSnapshot,
  ) {}

  private current() {
    const key = `${this.store.version()}|${this.snapshot.version}`;
    if (this.cache?.key === key) return this.cache;
    const igos = new Map(
      this.store.igos().map((igo) => [
        igo.ioname,
        {
          info: { id: `cow:${igo.ioname}`, name: igo.longorgname || igo.orgname, kind: "COW_IGO" as const },
          years: new Map<number, Map<MemberLevel, Set<string>>>(),
        },
      ]),
    );
    for (const { ioname, year } of this.store.igoYears()) igos.get(ioname)?.years.set(year, new Map());
    for (const row of this.store.memberships()) {
      const byLevel = igos.get(row.ioname)?.years.get(row.year);
      if (!byLevel) continue;
      const set = byLevel.get(row.status) ?? new Set<string>();
      set.add(row.country_code);
      byLevel.set(row.status, set);
    }
    const hub = this.snapshot.bodies.map((body) => ({
      info: { id: body.id, name: body.name, kind: "HUB_BODY" as const },
      years: new Map([[0, new Map<MemberLevel, Set<string>>([[1, new Set(body.memberCodes)]])]]),
    }));
    const index = new MembershipIndex([...hub, ...igos.values()]);
    const activities = this.snapshot.activities;
    const model = new TextModel(activities.map(textOf));
    const vectors = new Map(activities.map((activity) => [activity.id, model.vector(textOf(activity))]));
    this.cache = { key, index, model, vectors };
    return this.cache;
  }

  index(): MembershipIndex {
    return this.current().index;
  }

  /** The registry's last year: the default for questions about a year. */
  latestYear(): number {
    return this.current().index.years.at(-1) ?? new Date().getFullYear();
  }

  membershipOverlap(a: string, b: string, year: number | null, levels: readonly MemberLevel[]): Overlap {
    const { index } = this.current();
    const bodyA = index.body(a);
    const bodyB = index.body(b);
    if (!bodyA) throw new UnknownBodyError(a);
    if (!bodyB) throw new UnknownBodyError(b);
    const y = year ?? this.latestYear();
    return overlapOf(bodyA, bodyB, y, index.membersOf(a, y, levels), index.membersOf(b, y, levels));
  }

  /**
   * Pairs at or above the threshold as ids and scores, best first. Cheap for every pair of a year;
   * `overlapDetail` spells one pair out (shared members, containment) for the page a client sees.
   */
  nearDuplicates(minJaccard: number, year: number | null, levels: readonly MemberLevel[]): { a: string; b: string; jaccard: number; year: number }[] {
    const { index } = this.current();
    const y = year ?? this.latestYear();
    const yearSets = index.yearSets(y, levels);
    return nearDuplicatePairs(yearSets, index.words, minJaccard).map((pair) => ({
      a: yearSets.ids[pair.a],
      b: yearSets.ids[pair.b],
      jaccard: pair.jaccard,
      year: y,
    }));
  }

  overlapDetail(a: string, b: string, year: number, levels: readonly MemberLevel[]): Overlap {
    const { index } = this.current();
    return overlapOf(index.body(a)!, index.body(b)!, year, index.membersOf(a, year, levels), index.membersOf(b, year, levels));
  }

  /** Pairs of activities of different bodies scoring at least `minScore`, highest first. */
  activityOverlaps(minScore: number, bodies: readonly string[] | null): ActivityPair[] {
    const { vectors } = this.current();
    const activities = this.snapshot.activities.filter((a) => !bodies || bodies.includes(a.bodyId));
    const pairs: ActivityPair[] = [];
    for (let i = 0; i < activities.length; i++) {
      for (let j = i + 1; j < activities.length; j++) {
        const [a, b] = [activities[i], activities[j]];
        if (a.bodyId === b.bodyId) continue;
        const result = similarity(a, b, { a: vectors.get(a.id)!, b: vectors.get(b.id)! });
        if (result.score >= minScore) pairs.push({ a, b, ...result });
      }
    }
    return pairs.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
  }

  /** Existing activities and structures a proposal would duplicate, most similar first. */
  checkPlannedActivity(
    proposal: ProposalInputValue,
    limit: number,
    activities: readonly Activity[] = this.snapshot.activities,
    vectorsOverride?: Map<string, Map<string, number>>,
  ): Match[] {
    const { index, model, vectors } = this.current();
    const vector = model.vector(textOf(proposal));
    const vectorOf = (activity: Activity) => (vectorsOverride ?? vectors).get(activity.id) ?? model.vector(textOf(activity));
    const matches: Match[] = [];
    for (const activity of activities) {
      const score = similarityScore(proposal, activity, { a: vector, b: vectorOf(activity) });
      // Reasons are spelled out below, for the matches returned only.
      if (score > 0) matches.push({ kind: "ACTIVITY", activity, body: null, score, reasons: [], components: null });
    }
    if (proposal.countryCodes.length > 0) {
      // Against every body's members, as bitsets: one AND and popcount per body.
      const year = this.latestYear();
      const intended = [...new Set(proposal.countryCodes)].sort();
      const wanted = index.bitset(intended);
      const { ids, sets, counts } = index.yearSets(year, [1]);
      for (let i = 0; i < ids.length; i++) {
        let shared = 0;
        for (let w = 0; w < index.words; w++) shared += popcount32(wanted[w] & sets[i * index.words + w]);
        if (shared === 0) continue;
        const jaccard = shared / (intended.length + counts[i] - shared);
        const body = index.body(ids[i])!;
        matches.push({
          kind: "STRUCTURE",
          activity: null,
          body,
          // The registry records members, not mandates: the same members are half the evidence of a duplicate.
          score: STRUCTURE_WEIGHT * jaccard,
          components: { topics: null, text: null, countries: null, period: null, membership: jaccard },
          reasons: [
            `membership: ${shared} of the ${intended.length} intended members already belong (Jaccard ${jaccard.toFixed(2)}, ${body.kind === "COW_IGO" ? `COW ${year}` : "current"})`,
          ],
        });
      }
    }
    const best = matches.sort((x, y) => y.score - x.score || (x.activity?.id ?? x.body!.id).localeCompare(y.activity?.id ?? y.body!.id)).slice(0, limit);
    for (const match of best) {
      if (!match.activity) continue;
      const explained = similarity(proposal, match.activity, { a: vector, b: vectorOf(match.activity) });
      match.reasons = explained.reasons;
      match.components = explained.components;
    }
    return best;
  }

  textModel(): TextModel {
    return this.current().model;
  }
}
