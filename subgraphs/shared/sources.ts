/** Columns every table of typed-in facts carries, and their GraphQL shape. */
import type { SourceRef } from "./types/SourceRef.js";

export const SOURCE_COLUMNS_SQL = "source_title TEXT NOT NULL, source_url TEXT, checked_on TEXT NOT NULL, source_note TEXT";

export type SourceRow = { source_title: string; source_url: string | null; checked_on: string; source_note: string | null };

export type Source = { title: string; url: string | null; checkedOn: string; note: string | null };

export function sourceColumns(source: Source): SourceRow {
  return { source_title: source.title, source_url: source.url, checked_on: source.checkedOn, source_note: source.note };
}

export function sourceFromRow(row: SourceRow): SourceRef {
  return { title: row.source_title, url: row.source_url, checkedOn: row.checked_on, note: row.source_note };
}

/**
 * The note on facts this repository transcribed from its own issue tracker: true to the source
 * named, but not re-read against the live page from here (the build machines have no internet).
 */
export const TRANSCRIBED_FROM_ISSUE =
  "Transcribed from the project's foundation issue (#2), which cites this source; not re-read against the live page from the build machine, which has no internet access.";
