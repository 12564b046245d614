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
import { STRUCTURE_IMPORTS } from "../../subgraphs/overlaps/structures-startup.js";
import { bundledSnapshot } from "../../subgraphs/shared/bundled-data.js";
import type { Db } from "../../subgraphs/shared/store.js";
import { importUnResolutionsInto, importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { sharedDataDir } from "../shared-data.js";

const data = sharedDataDir();

/** The White House fact sheets bundled, by file name. */
const US_FACT_SHEETS = [
  "2021-06-13-carbis-bay-g7-summit-communique.md",
  "2021-06-13-fact-sheet-g7-to-announce-joint-actions-on-forced-labor-in-global-supply-chains-anticorruption-and-ransomware.md",
  "2021-12-03-fact-sheet-advancing-disability-inclusive-democracy-in-the-united-states-and-globally.md",
  "2021-12-06-fact-sheet-u-s-strategy-on-countering-corruption.md",
  "2021-12-09-fact-sheet-announcing-the-presidential-initiative-for-democratic-renewal.md",
  "2021-12-10-fact-sheet-export-controls-and-human-rights-initiative-launched-at-the-summit-for-democracy.md",
  "2021-12-23-summit-for-democracy-summary-of-proceedings.md",
  "2022-04-28-fact-sheet-united-states-and-60-global-partners-launch-declaration-for-the-future-of-the-internet.md",
  "2022-06-07-fact-sheet-biden-harris-administration-advances-democratic-renewal-agenda-at-the-ninth-summit-of-the-americas.md",
  "2022-11-29-fact-sheet-summit-for-democracy-progress-in-the-year-of-action.md",
  "2022-12-15-fact-sheet-u-s-africa-partnership-in-promoting-peace-security-and-democratic-governance.md",
  "2023-03-28-the-status-of-women-is-the-status-of-democracy-advancing-womens-political-and-civic-participation-and-leadership-at-the-second-summit-for-democracy.md",
  "2023-03-29-fact-sheet-advancing-technology-for-democracy-at-home-and-abroad.md",
  "2023-03-29-fact-sheet-implementing-the-united-states-strategy-on-countering-corruption-accomplishments-and-renewed-commitment-in-the-year-of-action.md",
  "2023-03-29-fact-sheet-the-biden-harris-administrations-abiding-commitment-to-democratic-renewal-at-home-and-abroad.md",
  "2024-03-20-fact-sheet-delivering-on-the-biden-harris-administrations-commitment-to-democratic-renewal-at-the-third-summit-for-democracy.md",
  "2024-12-11-fact-sheet-for-human-rights-day-highlighting-the-biden-harris-administration-global-human-rights-accomplishments.md",
];

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
  ...["iigo_organizations.csv", "iigo_memberships.csv", "digo_organizations.csv"].map((file): [string, string, string] => [
    "overlaps",
    `manyios/${file}`,
    `manyios/${file}`,
  ]),
  ["overlaps", "eu-member-states/member_states_raw.csv", "eu-member-states/member_states_raw.csv"],
  ["overlaps", "canada-ogp/nap5.yaml", "commitments/canada-ogp/nap5.yaml"],
  ["overlaps", "canada-ogp/nap6.yaml", "commitments/canada-ogp/nap6.yaml"],
  ...US_FACT_SHEETS.map((file): [string, string, string] => ["overlaps", `us-white-house/${file}`, `commitments/us-white-house/${file}`]),
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
          for (const { run, bundledFolder, sharedFolder } of STRUCTURE_IMPORTS)
            await run(store, location === "snapshot" ? path.join(bundledSnapshot("overlaps"), bundledFolder) : path.join(originals, sharedFolder));
          return storeDigest(store.db);
        },
      ];
      for (const digestOf of pairs) expect(await digestOf("snapshot")).toEqual(await digestOf("originals"));
    } finally {
      fs.rmSync(unpacked, { recursive: true, force: true });
    }
  }, 240_000);
});
