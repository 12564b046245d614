/**
 * Where each data set in a store came from and when: one row per data set, written when an
 * import completes, so the graph can say how fresh every answer is.
 */
import path from "node:path";
import { bundledSnapshot } from "../bundled-data.js";
import { isUrl } from "../import/source.js";
import type { Db, Migration } from "../store.js";
import type { DataSetName } from "./catalogue.js";
import { statement } from "../statements.js";

export const IMPORT_LOG_MIGRATION: Migration = {
  name: "import log",
  sql: `CREATE TABLE data_import (
    data_set TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL
  );`,
};

export type ImportLogRow = { data_set: DataSetName; source: string; imported_at: string; rows_read: number; rows_rejected: number };

/**
 * How an import's source is shown: the bundled snapshot by name, a URL as it is, a local path by
 * its last two parts (a full path says more about the machine than about the data).
 */
export function describeSource(location: string, subgraph: string): string {
  if (isUrl(location)) return location;
  const resolved = path.resolve(location);
  if (resolved.startsWith(bundledSnapshot(subgraph))) return `bundled snapshot (subgraphs/${subgraph}/data)`;
  return path.join(path.basename(path.dirname(resolved)), path.basename(resolved));
}

export function recordImport(db: Db, entry: { dataSet: DataSetName; source: string; rowsRead: number; rowsRejected: number }): void {
  statement(
    db,
    `INSERT INTO data_import (data_set, source, imported_at, rows_read, rows_rejected) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (data_set) DO UPDATE SET source = excluded.source, imported_at = excluded.imported_at, rows_read = excluded.rows_read, rows_rejected = excluded.rows_rejected`,
  ).run(entry.dataSet, entry.source, new Date().toISOString(), entry.rowsRead, entry.rowsRejected);
}

export function lastImport(db: Db, dataSet: DataSetName): ImportLogRow | null {
  return (statement(db, "SELECT * FROM data_import WHERE data_set = ?").get(dataSet) as ImportLogRow | undefined) ?? null;
}
