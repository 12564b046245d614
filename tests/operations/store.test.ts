import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applySeedOnce, openStore, upsertRows, type Db } from "../../subgraphs/shared/store.js";
import { iterateRows, statement } from "../../subgraphs/shared/statements.js";

const MIGRATIONS = [
  { name: "t", sql: "CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT NOT NULL);" },
  { name: "t.extra", sql: "ALTER TABLE t ADD COLUMN extra INTEGER;" },
];

const opened: Db[] = [];
const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-store-"));
  dirs.push(dir);
  return path.join(dir, "nested", "store.sqlite");
}
function open(file: string, migrations = MIGRATIONS): Db {
  const db = openStore(file, migrations);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("openStore", () => {
  it("creates the directory, runs migrations in order, and sets WAL with synchronous FULL on every open", () => {
    const file = tempFile();
    const first = open(file);
    expect(first.pragma("user_version", { simple: true })).toBe(2);
    first.prepare("INSERT INTO t (id, v, extra) VALUES ('a', 'x', 1)").run();
    first.close();
    const again = open(file);
    expect(again.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(again.pragma("synchronous", { simple: true })).toBe(2);
    expect(again.prepare("SELECT * FROM t").all()).toEqual([{ id: "a", v: "x", extra: 1 }]);
  });

  it("refuses a store written by a newer program instead of guessing", () => {
    const file = tempFile();
    open(file).close();
    expect(() => open(file, MIGRATIONS.slice(0, 1))).toThrow(/schema version 2, newer than this program knows \(1\)/);
  });
});

describe("applySeedOnce", () => {
  it("applies a seed once per version and leaves later edits alone until the version changes", () => {
    const db = open(":memory:");
    const seed = (version: number, value: string) => ({ name: "s", version, apply: (d: Db) => upsertRows(d, "t", ["id"], [{ id: "a", v: value }]) });
    expect(applySeedOnce(db, seed(1, "seeded"))).toBe(true);
    db.prepare("UPDATE t SET v = 'edited' WHERE id = 'a'").run();
    expect(applySeedOnce(db, seed(1, "seeded"))).toBe(false);
    expect(db.prepare("SELECT v FROM t").pluck().get()).toBe("edited");
    expect(applySeedOnce(db, seed(2, "updated"))).toBe(true);
    expect(db.prepare("SELECT v FROM t").pluck().get()).toBe("updated");
  });

  it("rolls back a seed that fails half-way", () => {
    const db = open(":memory:");
    const failing = {
      name: "bad",
      version: 1,
      apply(d: Db) {
        upsertRows(d, "t", ["id"], [{ id: "a", v: "x" }]);
        upsertRows(d, "t", ["id"], [{ id: "b", v: null }]);
      },
    };
    expect(() => applySeedOnce(db, failing)).toThrow(/NOT NULL/);
    expect(db.prepare("SELECT count(*) FROM t").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM seed_log").pluck().get()).toBe(0);
  });
});

describe("statement", () => {
  it("prepares a text once per database and answers with what the database holds now", () => {
    const first = open(":memory:");
    const second = open(":memory:");
    upsertRows(first, "t", ["id"], [{ id: "a", v: "one" }]);
    const sql = "SELECT v FROM t WHERE id = ?";
    expect(statement(first, sql)).toBe(statement(first, sql));
    expect(statement(second, sql)).not.toBe(statement(first, sql));
    expect(statement(first, sql).get("a")).toEqual({ v: "one" });
    expect(statement(second, sql).get("a")).toBeUndefined();
    upsertRows(first, "t", ["id"], [{ id: "a", v: "two" }]);
    expect(statement(first, sql).get("a")).toEqual({ v: "two" });
  });

  it("lets two iterations of one query overlap, each on a statement of its own", () => {
    const db = open(":memory:");
    upsertRows(
      db,
      "t",
      ["id"],
      [
        { id: "a", v: "1" },
        { id: "b", v: "2" },
      ],
    );
    const pairs: string[] = [];
    for (const outer of iterateRows<{ id: string }>(db, "SELECT id FROM t ORDER BY id")) {
      for (const inner of iterateRows<{ id: string }>(db, "SELECT id FROM t ORDER BY id")) pairs.push(outer.id + inner.id);
    }
    expect(pairs).toEqual(["aa", "ab", "ba", "bb"]);
  });
});
