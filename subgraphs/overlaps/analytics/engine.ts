/**
 * The overlap questions, answered from this subgraph's store (the COW registry, the structures and
 * commitments imported beside it) and the hub snapshot (read through the gateway). The membership
 * index and the text model are rebuilt only when either source changed.
 */
import { LRUCache } from "lru-cache";
import { Deadline } from "../../platform/deadline.js";
import { activityPairsInThread, packedMembershipsInThread } from "./overlaps-pool.js";
import { readPackedMemberships, unpackMemberships } from "./registry-members.js";
import { storedBodies, type StoredBodies } from "./stored-bodies.js";
import type { ActivityPair } from "./activity-pairs.js";
import type { ActivityRecord as Activity } from "../../shared/bodies/Activity.js";
import type { HubSnapshot } from "../hub-snapshot.js";
import type { OverlapsStore } from "../store.js";
import type { DataSetName } from "../../shared/datasets/catalogue.js";
import { cosine, sharedTerms, similarity, similarityScore, textOf, TextModel, type Comparable, type ScoreComponents } from "./activity-similarity.js";
import { MembershipIndex, nearDuplicatePairs, type BodyInfo, type MemberLevel } from "./membership-index.js";
import type { StructureCatalog } from "./structure-catalog.js";

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
  /** What the year means for each body where its members are not simply those of that year (see coverageNote). */
  notes: string[];
};
export type { ActivityPair } from "./activity-pairs.js";
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
    notes: [],
  };
}

/** Where a match comes from: the hub's own records (read through the gateway) or an imported data set. */
export type Origin = "hub" | DataSetName;

type Built = {
  key: string;
  builtAt: string;
  index: MembershipIndex;
  catalog: StructureCatalog;
  /** The hub's activities and the imported commitments: everything a plan is compared with. */
  activities: Activity[];
  model: TextModel;
  vectors: Map<string, Map<string, number>>;
  /** Each body's words (name, mandate) as a vector, and its members in the last year it is known by. */
  bodyVectors: Map<string, Map<string, number>>;
  latestMembers: Map<string, { codes: Set<string>; year: number | null }>;
  registryYear: number;
  /** What a check compares a plan with, counted on first use. */
  compared?: ComparedCounts;
  /** Activity pairs per threshold and body list, computed once per build (a few kept). */
  pairs: LRUCache<string, Promise<ActivityPair[]>>;
};

export type ComparedCounts = { activities: number; bodies: number; sources: string[] };

/**
 * How plans are matched: the rules the hub uses, and others only the evaluation
 * (tests/eval/overlaps) builds, to measure what each rule adds on the labelled plans.
 */
export type MatchingRules = {
  /** Reduce words to their stems before comparing them. */
  stems: boolean;
  /** What a body's words (its name and mandate) and its members weigh; see checkPlannedActivity. */
  bodyWeights: { text: number; membership: number };
};

export const MATCHING_RULES: MatchingRules = { stems: true, bodyWeights: { text: 0.6, membership: 0.4 } };

function originIn(catalog: StructureCatalog, match: { activity: Activity | null; body: BodyInfo | null }): Origin {
  if (match.activity) return catalog.activityDataSet.get(match.activity.id) ?? "hub";
  const body = match.body!;
  if (body.kind === "COW_IGO") return "cow-igo";
  return catalog.structures.get(body.id)?.dataSet ?? "hub";
}

export class OverlapsEngine {
  private cache: Built | null = null;
  /** What the store holds, by store version: read again only after an import, not when the hub changes. */
  private stored: { version: string; bodies: StoredBodies } | null = null;
  private loading: { version: string; done: Promise<void> } | null = null;

  constructor(
    private readonly store: OverlapsStore,
    readonly snapshot: HubSnapshot,
    private readonly rules: MatchingRules = MATCHING_RULES,
  ) {}

  /**
   * Reads what the store holds in a worker thread when the store changed, so the answers after an
   * import build on it without the subgraph's thread reading the registry's half a million rows.
   * Answers that do not wait for this (or run without threads) read it on this thread instead.
   */
  async loadStoreChanges(): Promise<void> {
    const version = this.store.version();
    if (this.stored?.version === version) return;
    if (this.loading?.version !== version) {
      const packed = packedMembershipsInThread(this.store.db.name);
      if (!packed) return;
      const done = packed
        .then(
          (memberships) => {
            this.stored = { version, bodies: storedBodies(this.store, unpackMemberships(memberships)) };
          },
          (error: Error) => console.error(`overlaps: reading the registry in a worker thread failed (${error.message}); reading it on the subgraph's thread`),
        )
        .finally(() => {
          if (this.loading?.done === done) this.loading = null;
        });
      this.loading = { version, done };
    }
    await this.loading.done;
  }

  private storedNow(): { version: string; bodies: StoredBodies } {
    const version = this.store.version();
    if (this.stored?.version !== version) this.stored = { version, bodies: storedBodies(this.store, unpackMemberships(readPackedMemberships(this.store.db))) };
    return this.stored;
  }

  private current(): Built {
    const stored = this.storedNow();
    const key = `${stored.version}|${this.snapshot.version}`;
    if (this.cache?.key === key) return this.cache;
    const { registry, structures, catalog, registryYear } = stored.bodies;
    const hub = this.snapshot.bodies.map((body) => ({
      info: { id: body.id, name: body.name, kind: "HUB_BODY" as const },
      years: new Map([[0, new Map<MemberLevel, Set<string>>([[1, new Set(body.memberCodes)]])]]),
    }));
    const index = new MembershipIndex([...hub, ...registry, ...structures]);
    const activities = [...this.snapshot.activities, ...catalog.activities];
    const bodyText = (body: BodyInfo) => `${body.name} ${catalog.structures.get(body.id)?.mandate ?? ""}`;
    const model = new TextModel([...activities.map(textOf), ...index.bodies.map(bodyText)], this.rules.stems);
    const vectors = new Map(activities.map((activity) => [activity.id, model.vector(textOf(activity))]));
    const bodyVectors = new Map(index.bodies.map((body) => [body.id, model.vector(bodyText(body))]));
    const latestMembers = new Map(
      index.bodies.map((body) => {
        const year = body.kind === "HUB_BODY" ? null : index.lastYearOf(body.id);
        return [body.id, { codes: new Set(index.membersOf(body.id, year ?? 0, [1])), year }];
      }),
    );
    this.cache = {
      key,
      builtAt: new Date().toISOString(),
      index,
      catalog,
      activities,
      model,
      vectors,
      bodyVectors,
      latestMembers,
      registryYear,
      pairs: new LRUCache({ max: 16 }),
    };
    return this.cache;
  }

  /** When the analyses were last rebuilt from the store and the hub snapshot (they rebuild when either changes). */
  builtAt(): string {
    return this.current().builtAt;
  }

  catalog(): StructureCatalog {
    return this.current().catalog;
  }

  /** Every activity a plan is compared with: the hub's own, then the imported commitments. */
  activities(): readonly Activity[] {
    return this.current().activities;
  }

  originOf(match: { activity: Activity | null; body: BodyInfo | null }): Origin {
    return originIn(this.current().catalog, match);
  }

  /** How many activities and bodies a check compares a plan with, by source; counted once per rebuild. */
  compared(): ComparedCounts {
    const built = this.current();
    if (!built.compared) {
      const counts = new Map<Origin, { activities: number; bodies: number }>();
      const bump = (origin: Origin, key: "activities" | "bodies") => {
        const entry = counts.get(origin) ?? { activities: 0, bodies: 0 };
        entry[key]++;
        counts.set(origin, entry);
      };
      for (const activity of built.activities) bump(originIn(built.catalog, { activity, body: null }), "activities");
      for (const body of built.index.bodies) bump(originIn(built.catalog, { activity: null, body }), "bodies");
      built.compared = {
        activities: built.activities.length,
        bodies: built.index.bodies.length,
        sources: [...counts.entries()].map(([origin, count]) => `${origin}: ${count.activities} activities, ${count.bodies} bodies`),
      };
    }
    return built.compared;
  }

  index(): MembershipIndex {
    return this.current().index;
  }

  /** The registry's last year (2014): the default for questions about a year. */
  latestYear(): number {
    const { registryYear } = this.current();
    return registryYear || new Date().getFullYear();
  }

  membershipOverlap(a: string, b: string, year: number | null, levels: readonly MemberLevel[]): Overlap {
    const { index } = this.current();
    const bodyA = index.body(a);
    const bodyB = index.body(b);
    if (!bodyA) throw new UnknownBodyError(a);
    if (!bodyB) throw new UnknownBodyError(b);
    const y = year ?? this.latestYear();
    return this.withNotes(overlapOf(bodyA, bodyB, y, index.membersOf(a, y, levels), index.membersOf(b, y, levels)));
  }

  /**
   * Why a body's members in a year are not simply that year's: a hub body answers with today's
   * members; a registry IGO or an external body past its source's last year has none recorded
   * (the registry ends in 2014, informal groups in 2017), which is said rather than left as zero.
   */
  coverageNote(body: BodyInfo, year: number): string | null {
    const { index, catalog, registryYear } = this.current();
    if (body.kind === "HUB_BODY") return `${body.id}: today's members, whatever the year (its members are not dated)`;
    if (body.kind === "COW_IGO") {
      if (year > registryYear) return `${body.id}: the Correlates of War registry ends in ${registryYear}; it records no members for ${year}`;
      return index.existsIn(body.id, year) ? null : `${body.id}: not in the registry in ${year} (it did not exist then, or had ended)`;
    }
    const structure = catalog.structures.get(body.id);
    const end = structure ? catalog.openEnd(structure) : null;
    if (end !== null && year > end) return `${body.id}: its source describes members to ${end}; none are known for ${year}`;
    return null;
  }

  private withNotes(overlap: Overlap): Overlap {
    overlap.notes = [overlap.a, overlap.b].map((body) => this.coverageNote(body, overlap.year)).filter((note): note is string => note !== null);
    return overlap;
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
    return this.withNotes(overlapOf(index.body(a)!, index.body(b)!, year, index.membersOf(a, year, levels), index.membersOf(b, year, levels)));
  }

  /**
   * Pairs of activities of different bodies scoring at least `minScore`, highest first: every pair
   * compared, so computed in a worker thread (activity-pairs.ts) and kept per build and question.
   */
  activityOverlaps(minScore: number, bodies: readonly string[] | null, deadline: Deadline = Deadline.forRequest(undefined)): Promise<ActivityPair[]> {
    const built = this.current();
    const key = `${minScore}|${bodies?.join(",") ?? ""}`;
    let pairs = built.pairs.get(key);
    if (!pairs) {
      pairs = activityPairsInThread({ activities: built.activities, vectors: built.vectors, minScore, bodies }, deadline).catch((error) => {
        // A failed or abandoned computation is not an answer: the next request tries again.
        built.pairs.delete(key);
        throw error;
      });
      built.pairs.set(key, pairs);
    }
    return pairs;
  }

  /**
   * Existing activities and bodies a proposal would duplicate, most similar first. An activity
   * scores as `similarity` says. A body scores by what it is for and who belongs: the cosine of
   * the plan's words with its name and mandate (weight 0.6), and, when the plan names countries,
   * the Jaccard similarity of those with its members in the last year it is known by (0.4); a
   * plan without countries can reach at most 0.6 with a body, since half the evidence is missing.
   */
  checkPlannedActivity(
    proposal: ProposalInputValue,
    limit: number,
    /** Other activities to compare with, vectors made by `textModel()` (the benchmark's synthetic load). */
    against?: { activities: readonly Activity[]; vectors: Map<string, Map<string, number>> },
  ): Match[] {
    const built = this.current();
    const { index, model, bodyVectors, latestMembers } = built;
    const { activities, vectors } = against ?? built;
    const vector = model.vector(textOf(proposal));
    const matches: Match[] = [];
    for (const activity of activities) {
      const score = similarityScore(proposal, activity, { a: vector, b: vectors.get(activity.id)! });
      // Reasons are spelled out below, for the matches returned only.
      if (score > 0) matches.push({ kind: "ACTIVITY", activity, body: null, score, reasons: [], components: null });
    }
    const intended = [...new Set(proposal.countryCodes)];
    for (const body of index.bodies) {
      const text = cosine(vector, bodyVectors.get(body.id)!);
      const members = latestMembers.get(body.id)!;
      let shared = 0;
      for (const code of intended) if (members.codes.has(code)) shared++;
      const jaccard = intended.length ? shared / (intended.length + members.codes.size - shared) : null;
      const score = this.rules.bodyWeights.text * text + this.rules.bodyWeights.membership * (jaccard ?? 0);
      if (score <= 0) continue;
      matches.push({
        kind: "STRUCTURE",
        activity: null,
        body,
        score,
        components: { topics: null, text, countries: null, period: null, membership: jaccard },
        reasons: [],
      });
    }
    const best = matches.sort((x, y) => y.score - x.score || (x.activity?.id ?? x.body!.id).localeCompare(y.activity?.id ?? y.body!.id)).slice(0, limit);
    for (const match of best) {
      if (match.activity) {
        const explained = similarity(proposal, match.activity, { a: vector, b: vectors.get(match.activity.id)! });
        match.reasons = explained.reasons;
        match.components = explained.components;
        continue;
      }
      const body = match.body!;
      const words = sharedTerms(vector, bodyVectors.get(body.id)!);
      if (words.length) match.reasons.push(`name and mandate: similar wording: ${words.join(", ")} (cosine ${match.components!.text!.toFixed(2)})`);
      const members = latestMembers.get(body.id)!;
      if (match.components!.membership !== null) {
        const shared = intended.filter((code) => members.codes.has(code)).length;
        const when = members.year === null ? "current members" : `members in ${members.year}`;
        match.reasons.push(
          `membership: ${shared} of the ${intended.length} intended members belong (Jaccard ${match.components!.membership.toFixed(2)}, ${when})`,
        );
      }
    }
    return best;
  }

  textModel(): TextModel {
    return this.current().model;
  }
}
