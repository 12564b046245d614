/**
 * The hub's bundled data snapshot (subgraphs/<name>/data/*.gz) against the originals: each file
 * the same bytes once uncompressed as its manifest (SHA256SUMS) records and as ../shared/data holds
 * when it is here, and an import from the snapshot gives the same store as an import from the
 * originals (on a fresh clone, from the same files unpacked). Nothing here waits for ../shared/data.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { importFreedomHouse, importVdem } from "../../subgraphs/alliance/import/ratings-import.js";
import { openAllianceStore } from "../../subgraphs/alliance/store.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import { openOverlapsStore } from "../../subgraphs/overlaps/store.js";
import { bundledSnapshot } from "../../subgraphs/shared/bundled-data.js";
import type { Db } from "../../subgraphs/shared/store.js";
import { importUnResolutionsInto, importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { sharedDataDir } from "../shared-data.js";

const data = sharedDataDir();

/** Each bundled file and the original it must equal. */
const FILES: [subgraph: string, file: string, original: string][] = [
  ["un-votes", "un_roll_calls.csv", "unvotes-2023/un_roll_calls.csv.gz"],
  ["un-votes", "un_roll_call_issues.csv", "unvotes-2023/un_roll_call_issues.csv.gz"],
  ["un-votes", "un_votes.csv", "unvotes-2023/un_votes.csv.gz"],
  ...["74", "75", "76", "77", "78", "79", "80", "ES-10", "ES-11", "S-32"].map((session): [string, string, string] => [
    "un-votes",
    `un-ga-resolutions/${session}.json`,
    `un-ga-resolutions/${session}.json`,
  ]),
  ["alliance", "fh_status_1972-2023.csv", "freedomhouse/fh_status_1972-2023.csv"],
  ["alliance", "regimes_of_the_world.csv", "vdem/regimes_of_the_world.csv"],
  ["overlaps", "igo_year_format3.csv", "cow_igo/igo_year_format3.csv"],
  ["overlaps", "states2016.csv", "cow_igo/states2016.csv"],
];

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
/** An original's bytes, unpacked where it is itself gzip. */
const original = (file: string) => (file.endsWith(".gz") ? zlib.gunzipSync(fs.readFileSync(file)) : fs.readFileSync(file));

/**
 * Every table's rows, in a canonical order, as one digest per table. Left out: seed_log (when a
 * store was seeded) and data_import (where and when an import read from), which say how the data
 * came, not what it is.
 */
function storeDigest(db: Db): Record<string, string> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('seed_log', 'data_import') ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => {
      const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { cid: number }[]).map((c) => c.cid + 1);
      const hash = createHash("sha256");
      for (const row of db
        .prepare(`SELECT * FROM ${table} ORDER BY ${columns.join(", ")}`)
        .raw()
        .iterate())
        hash.update(`${JSON.stringify(row)}\n`);
      return [table, hash.digest("hex")];
    }),
  );
}

describe("the bundled snapshot of the public data sets", () => {
  it("is about 4.1 MB in all, each data set with its licence and citation beside it", () => {
    const sizes = FILES.map(([subgraph, file]) => fs.statSync(path.join(bundledSnapshot(subgraph), `${file}.gz`)).size);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(4.5 * 1024 * 1024);
    for (const subgraph of ["un-votes", "alliance", "overlaps"])
      expect(fs.readFileSync(path.join(bundledSnapshot(subgraph), "NOTICE.md"), "utf8")).toMatch(/Licence|Terms/);
  });

  /** The manifest beside each subgraph's snapshot: the sha256 of every file unpacked, as the originals were when bundled. */
  const manifest = (subgraph: string) =>
    new Map(
      fs
        .readFileSync(path.join(bundledSnapshot(subgraph), "SHA256SUMS"), "utf8")
        .trim()
        .split("\n")
        .map((line) => line.split(/\s+/).reverse() as [string, string]),
    );

  it.each(FILES)(
    "%s/data/%s.gz holds exactly the original's bytes (its manifest's, checked against ../shared/data when it is here)",
    (subgraph, file, originalFile) => {
      const bundled = sha256(zlib.gunzipSync(fs.readFileSync(path.join(bundledSnapshot(subgraph), `${file}.gz`))));
      expect(bundled).toBe(manifest(subgraph).get(file));
      if (data) expect(bundled).toBe(sha256(original(path.join(data, originalFile))));
    },
  );

  it("lists every bundled file in its manifest, and nothing else", () => {
    for (const subgraph of ["un-votes", "alliance", "overlaps"])
      expect([...manifest(subgraph).keys()].sort()).toEqual(
        FILES.filter(([owner]) => owner === subgraph)
          .map(([, file]) => file)
          .sort(),
      );
  });

  it("imports into the same stores as the originals do (without them here, as the same files unpacked do)", async () => {
    // Without ../shared/data, the snapshot's files unpacked into a folder of plain files stand in for the originals.
    const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), "hub-unpacked-"));
    for (const [subgraph, file, originalFile] of FILES) {
      const target = path.join(unpacked, path.dirname(originalFile), path.basename(file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, zlib.gunzipSync(fs.readFileSync(path.join(bundledSnapshot(subgraph), `${file}.gz`))));
    }
    const originals = data ?? unpacked;
    try {
      const pairs = [
        async (location: string) => {
          const store = openUnVotesStore(":memory:");
          await importUnVotes(store, location === "snapshot" ? bundledSnapshot("un-votes") : path.join(originals, "unvotes-2023"), { progress: null });
          await importUnResolutionsInto(
            store,
            location === "snapshot" ? path.join(bundledSnapshot("un-votes"), "un-ga-resolutions") : path.join(originals, "un-ga-resolutions"),
            { progress: null },
          );
          return storeDigest(store.db);
        },
        async (location: string) => {
          const store = openAllianceStore(":memory:");
          await importFreedomHouse(store.db, location === "snapshot" ? bundledSnapshot("alliance") : path.join(originals, "freedomhouse"), { progress: null });
          await importVdem(store.db, location === "snapshot" ? bundledSnapshot("alliance") : path.join(originals, "vdem"), { progress: null });
          return storeDigest(store.db);
        },
        async (location: string) => {
          const store = openOverlapsStore(":memory:");
          await importCowIgo(store, location === "snapshot" ? bundledSnapshot("overlaps") : path.join(originals, "cow_igo"), { progress: null });
          return storeDigest(store.db);
        },
      ];
      for (const digestOf of pairs) expect(await digestOf("snapshot")).toEqual(await digestOf("originals"));
    } finally {
      fs.rmSync(unpacked, { recursive: true, force: true });
    }
  }, 240_000);
});
