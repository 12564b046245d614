/**
 * What each upstream file held when it was last imported (sha256 and size), so a refresh imports
 * only what changed. Written after the import completes: an import that fails or is killed leaves
 * the old checksums, and the next refresh imports again.
 */
import type { Db, Migration } from "../store.js";
import { statement } from "../statements.js";

export const UPSTREAM_STATE_MIGRATION: Migration = {
  name: "upstream files last imported",
  sql: `CREATE TABLE upstream_file (
    upstream TEXT NOT NULL,
    file TEXT NOT NULL,
    url TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (upstream, file)
  );`,
};

export type StagedFile = { file: string; url: string; path: string; sha256: string; bytes: number };

export function unchanged(db: Db, upstream: string, files: readonly StagedFile[]): boolean {
  const known = statement<[string, string], { sha256: string }>(db, "SELECT sha256 FROM upstream_file WHERE upstream = ? AND file = ?");
  return files.every((file) => known.get(upstream, file.file)?.sha256 === file.sha256);
}

export function recordUpstream(db: Db, upstream: string, files: readonly StagedFile[]): void {
  const write = statement(
    db,
    `INSERT INTO upstream_file (upstream, file, url, sha256, bytes, imported_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (upstream, file) DO UPDATE SET url = excluded.url, sha256 = excluded.sha256, bytes = excluded.bytes, imported_at = excluded.imported_at`,
  );
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const file of files) write.run(upstream, file.file, file.url, file.sha256, file.bytes, now);
  })();
}
