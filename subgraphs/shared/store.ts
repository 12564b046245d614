/**
 * Opening a subgraph's embedded SQLite store. Every subgraph owns exactly one file and no
 * subgraph ever opens another's.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { statement } from "./statements.js";

export type Db = Database.Database;

/**
 * Ordered schema steps; step i moves the file from user_version i to i + 1. Never edit a shipped step: append.
 * `rebuildsTables`: the step recreates tables that others reference (SQLite changes a CHECK only
 * by copying the table), so foreign keys are switched off around it, as SQLite's own procedure
 * for such changes says, and checked before it commits.
 */
export type Migration = { name: string; sql: string; rebuildsTables?: boolean };

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreError";
  }
}

/**
 * Opens (creating if needed) the store at `file`, or an in-memory one for ":memory:".
 *
 * Durability is set on every open, not once: `synchronous` is a per-connection setting, and a
 * reopened WAL database otherwise runs at the default NORMAL, where a power cut can lose the
 * last acknowledged commits. FULL fsyncs the WAL on each commit.
 */
export function openStore(file: string, migrations: readonly Migration[]): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    assertDurability(db, file);
    migrate(db, migrations, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function assertDurability(db: Db, file: string): void {
  const journal = String(db.pragma("journal_mode", { simple: true })).toLowerCase();
  // An in-memory database cannot use WAL; it has nothing to lose on a crash either.
  if (file !== ":memory:" && journal !== "wal") {
    throw new StoreError(`${file}: expected journal_mode wal, received ${journal}`);
  }
  const synchronous = Number(db.pragma("synchronous", { simple: true }));
  const FULL = 2;
  if (synchronous !== FULL) throw new StoreError(`${file}: expected synchronous FULL (2), received ${synchronous}`);
}

function migrate(db: Db, migrations: readonly Migration[], file: string): void {
  const current = Number(db.pragma("user_version", { simple: true }));
  if (current > migrations.length) {
    throw new StoreError(
      `${file}: the store is at schema version ${current}, newer than this program knows (${migrations.length}); ` +
        "run the newer program or restore a matching backup",
    );
  }
  for (let version = current; version < migrations.length; version++) {
    const step = migrations[version];
    // foreign_keys cannot change inside a transaction: off before it, on again after.
    if (step.rebuildsTables) db.pragma("foreign_keys = OFF");
    try {
      db.transaction(() => {
        db.exec(step.sql);
        if (step.rebuildsTables) {
          const broken = db.pragma("foreign_key_check") as unknown[];
          if (broken.length > 0) throw new StoreError(`${file}: step "${step.name}" left ${broken.length} rows whose references point nowhere`);
        }
        db.pragma(`user_version = ${version + 1}`);
      })();
    } finally {
      if (step.rebuildsTables) db.pragma("foreign_keys = ON");
    }
  }
}

/**
 * Applies a seed of reference data once per seed version: a later start leaves the rows alone,
 * so edits made through the graph are never overwritten by a restart.
 */
export function applySeedOnce(db: Db, seed: { name: string; version: number; apply: (db: Db) => void }): boolean {
  db.exec("CREATE TABLE IF NOT EXISTS seed_log (name TEXT PRIMARY KEY, version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
  const row = statement(db, "SELECT version FROM seed_log WHERE name = ?").get(seed.name) as { version: number } | undefined;
  if (row && row.version >= seed.version) return false;
  db.transaction(() => {
    seed.apply(db);
    statement(
      db,
      "INSERT INTO seed_log (name, version, applied_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at",
    ).run(seed.name, seed.version, new Date().toISOString());
  })();
  return true;
}

/**
 * Inserts rows, or updates the ones whose key exists already: how a changed seed reaches an
 * existing store. Column names come from the first row's keys, which are the program's own.
 */
export function upsertRows(db: Db, table: string, key: readonly string[], rows: readonly Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const updates = columns.filter((column) => !key.includes(column)).map((column) => `${column} = excluded.${column}`);
  const upsert = statement(
    db,
    `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((column) => `@${column}`).join(", ")}) ` +
      `ON CONFLICT(${key.join(", ")}) DO ${updates.length > 0 ? `UPDATE SET ${updates.join(", ")}` : "NOTHING"}`,
  );
  for (const row of rows) upsert.run(row);
}

/** What every subgraph's store class shares: the open database, closed once when the service stops. */
export abstract class SubgraphStore {
  /** Writes this connection made; SQLite's data_version only counts other connections' commits. */
  private localWrites = 0;

  constructor(readonly db: Db) {}

  /** Changes whenever the store's contents may have changed, by this process or another: in-memory indexes rebuild on it. */
  version(): string {
    return `${this.db.pragma("data_version", { simple: true })}:${this.localWrites}`;
  }

  /** Called by importers after each committed batch. */
  noteWrite(): void {
    this.localWrites++;
  }

  /** Imports running in this process, by data set: while one runs, in-memory indexes keep answering from the data before it. */
  private readonly importsRunning = new Map<string, number>();

  private readonly importListeners: ((dataSet: string) => void)[] = [];

  /** `listener` hears of each import this process finishes without error (services wake on it). */
  onImportFinished(listener: (dataSet: string) => void): void {
    this.importListeners.push(listener);
  }

  /** Runs an import of `dataSet`, marked as running for `importing()` and `importingDataSets()`. */
  async whileImporting<T>(dataSet: string, run: () => Promise<T>): Promise<T> {
    this.importsRunning.set(dataSet, (this.importsRunning.get(dataSet) ?? 0) + 1);
    try {
      const result = await run();
      for (const listener of this.importListeners) listener(dataSet);
      return result;
    } finally {
      const left = this.importsRunning.get(dataSet)! - 1;
      if (left === 0) this.importsRunning.delete(dataSet);
      else this.importsRunning.set(dataSet, left);
    }
  }

  importing(): boolean {
    return this.importsRunning.size > 0;
  }

  /** The data sets this process is importing now. */
  importingDataSets(): ReadonlySet<string> {
    return new Set(this.importsRunning.keys());
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
