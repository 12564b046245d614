/**
 * Activities of a body (working groups, programmes, meetings, initiatives, joint statements,
 * structures): the same table and the same GraphQL shape in every subgraph that owns a body, so
 * the overlaps subgraph can compare them across bodies.
 */
import { SOURCE_COLUMNS_SQL, sourceColumns, sourceFromRow, type SourceRow } from "./sources.js";
import type { Db } from "./store.js";
import { upsertRows } from "./store.js";
import type { ActivityRecord } from "./bodies/Activity.js";
import { statement } from "./statements.js";

export const ACTIVITY_TABLE_SQL = `
  CREATE TABLE activity (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('WORKING_GROUP', 'PROGRAMME', 'MEETING', 'INITIATIVE', 'JOINT_STATEMENT', 'STRUCTURE')),
    title TEXT NOT NULL,
    description TEXT,
    topics TEXT NOT NULL,
    participant_codes TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    ${SOURCE_COLUMNS_SQL}
  );`;

/** An activity as a seed or the secretariat writes it: the body that runs it follows from where it is stored. */
export type ActivitySeed = Omit<ActivityRecord, "bodyId" | "body">;

type ActivityRow = SourceRow & {
  id: string;
  kind: ActivityRecord["kind"];
  title: string;
  description: string | null;
  topics: string;
  participant_codes: string;
  start_date: string | null;
  end_date: string | null;
};

/** A body's typed-in activities as a seed applied once per version (see applySeedOnce). */
export function activitiesSeed(seed: { name: string; version: number; activities: readonly ActivitySeed[] }) {
  return { name: seed.name, version: seed.version, apply: (db: Db) => upsertActivities(db, seed.activities) };
}

export function upsertActivities(db: Db, activities: readonly ActivitySeed[]): void {
  upsertRows(
    db,
    "activity",
    ["id"],
    activities.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      description: a.description,
      topics: JSON.stringify(a.topics),
      participant_codes: JSON.stringify(a.countryCodes),
      start_date: a.startDate,
      end_date: a.endDate,
      ...sourceColumns(a.source),
    })),
  );
}

export function readActivities(db: Db, bodyOf: (activityId: string) => string): ActivityRecord[] {
  const rows = statement<[], ActivityRow>(db, "SELECT * FROM activity ORDER BY start_date, id").all();
  return rows.map((row) => ({
    id: row.id,
    bodyId: bodyOf(row.id),
    body: { id: bodyOf(row.id) },
    kind: row.kind,
    title: row.title,
    description: row.description,
    topics: JSON.parse(row.topics) as string[],
    countryCodes: JSON.parse(row.participant_codes) as string[],
    startDate: row.start_date,
    endDate: row.end_date,
    source: sourceFromRow(row),
  }));
}
