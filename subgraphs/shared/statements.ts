/**
 * The hub's one way to prepare SQL: `statement(db, sql)`, prepared once per open database and SQL
 * text, on first use, and reused by every later call. Preparing is often dearer than running a
 * short lookup, and callers need not care whether their SQL is fixed or built (an `IN` list bound
 * as one JSON array keeps a built statement's text the same for any batch). SQL text must never
 * carry values (bind them), or the cache would grow with the data; the lint rule keeps
 * `db.prepare` out of every other file. A mode set on a statement (`pluck()`) stays with it, so
 * a text is used in one mode only.
 *
 * The one exception is iteration: a statement is busy until its iterator is exhausted, so two
 * overlapping iterations of one cached statement would fail. `iterateRows` prepares its own.
 */
import type Database from "better-sqlite3";
import type { Statement } from "better-sqlite3";

// store.ts names this type Db too; spelled out here so the two files do not import each other.
type Db = Database.Database;

const prepared = new WeakMap<Db, Map<string, Statement<unknown[] | object, unknown>>>();

// The parameter and row types only describe what the caller binds and reads; one cached statement serves them all.
export function statement<Params extends unknown[] | object = unknown[], Row = unknown>(db: Db, sql: string): Statement<Params, Row> {
  let byText = prepared.get(db);
  if (!byText) {
    byText = new Map();
    prepared.set(db, byText);
  }
  let found = byText.get(sql);
  if (!found) {
    found = db.prepare(sql);
    byText.set(sql, found);
  }
  return found as Statement<Params, Row>;
}

/** The rows of a query, read one at a time, from a statement of its own (see above). */
export function iterateRows<Row>(db: Db, sql: string, ...params: unknown[]): IterableIterator<Row> {
  return db.prepare<unknown[], Row>(sql).iterate(...params);
}
