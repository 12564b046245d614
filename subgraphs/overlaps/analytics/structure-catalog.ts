/**
 * The structures and commitments of the overlaps store as the analyses use them: each structure
 * with its dated membership spells and its activities (the commitments that belong to it), and
 * every commitment as an `Activity` beside the hub's own. Built from the store, once per version.
 */
import type { ActivityRecord } from "../../shared/bodies/Activity.js";
import type { SourceRef } from "../../shared/types/SourceRef.js";
import type { Spell } from "../../shared/bodies/membership-spells.js";
import type { DataSetName } from "../../shared/datasets/catalogue.js";
import type { CommitmentRecord, OverlapsStore, StructureRecord } from "../store.js";

export type StructureInfo = {
  id: string;
  dataSet: DataSetName;
  category: string;
  name: string;
  mandate: string | null;
  began: string | null;
  ended: string | null;
  endReason: string | null;
  source: SourceRef;
  spells: Spell[];
};

/** The day each data set's copy was released (the commit or package date the bundled snapshot names): what a fact was checked against. */
const RELEASED_ON: Readonly<Record<string, string>> = {
  manyios: "2025-06-02",
  "eu-members": "2021-05-20",
  "us-commitments": "2026-08-21",
  "canada-ogp": "2026-08-21",
};

/** The last year a data set's memberships describe: an open spell runs to it, not to today. */
const COVERAGE_END: Readonly<Record<string, number>> = { manyios: 2017 };

function sourceOf(dataSet: string, title: string, url: string, note: string | null): SourceRef {
  return { title, url, checkedOn: RELEASED_ON[dataSet] ?? "2026-12-02", note };
}

function toActivity(row: CommitmentRecord): ActivityRecord {
  return {
    id: row.id,
    bodyId: row.body_id,
    body: { id: row.body_id },
    kind: row.kind as ActivityRecord["kind"],
    title: row.title,
    description: row.description,
    topics: JSON.parse(row.topics) as string[],
    countryCodes: JSON.parse(row.country_codes) as string[],
    startDate: row.start_date,
    endDate: row.end_date,
    amountUsd: row.amount_usd,
    source: sourceOf(row.data_set, row.source_title, row.source_url, row.theme ? `Under "${row.theme}" in the source.` : null),
  };
}

function toStructure(row: StructureRecord): StructureInfo {
  return {
    id: row.id,
    dataSet: row.data_set as DataSetName,
    category: row.category,
    name: row.name,
    mandate: row.mandate,
    began: row.began,
    ended: row.ended,
    endReason: row.end_reason,
    source: sourceOf(row.data_set, row.source_title, row.source_url, null),
    spells: [],
  };
}

/** A spell's first and last year, an open one running to `openEnd`; null when it has no start. */
export function spellYears(spell: Spell, openEnd: number): [number, number] | null {
  if (!spell.began) return null;
  const first = Number(spell.began.slice(0, 4));
  const last = spell.ended ? Number(spell.ended.slice(0, 4)) : openEnd;
  return last >= first ? [first, last] : null;
}

export class StructureCatalog {
  readonly structures = new Map<string, StructureInfo>();
  readonly activities: ActivityRecord[];
  private readonly byBody = new Map<string, ActivityRecord[]>();
  /** Which data set each activity came from. */
  readonly activityDataSet = new Map<string, DataSetName>();

  constructor(
    structures: StructureRecord[],
    spells: { structure_id: string; country_code: string; began: string; ended: string | null }[],
    commitments: CommitmentRecord[],
  ) {
    for (const row of structures) this.structures.set(row.id, toStructure(row));
    for (const spell of spells)
      this.structures.get(spell.structure_id)?.spells.push({ countryCode: spell.country_code, began: spell.began || null, ended: spell.ended });
    this.activities = commitments.map(toActivity);
    for (const [i, activity] of this.activities.entries()) {
      this.activityDataSet.set(activity.id, commitments[i].data_set as DataSetName);
      const list = this.byBody.get(activity.bodyId) ?? [];
      list.push(activity);
      this.byBody.set(activity.bodyId, list);
    }
  }

  static fromStore(store: OverlapsStore): StructureCatalog {
    return new StructureCatalog(store.structures(), store.structureMembers(), store.commitments());
  }

  activitiesOf(bodyId: string): ActivityRecord[] {
    return this.byBody.get(bodyId) ?? [];
  }

  /** The last year a structure's memberships describe (its end, or its data set's coverage, or this year). */
  openEnd(structure: StructureInfo): number {
    const coverage = COVERAGE_END[structure.dataSet] ?? new Date().getUTCFullYear();
    return structure.ended ? Math.min(Number(structure.ended.slice(0, 4)), coverage) : coverage;
  }
}
