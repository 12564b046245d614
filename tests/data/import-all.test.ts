/**
 * `npm run import -- all <folder>`: every data set from a folder laid out as ../shared/data,
 * each recorded with its source; a data set that fails is reported and the others still import.
 * Made-up fixture data (tests/fixtures), copied into that layout.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { STRUCTURE_IMPORTS } from "../../subgraphs/overlaps/structures-startup.js";
import { bundledSnapshot } from "../../subgraphs/shared/bundled-data.js";
import { FIXTURES } from "../shared-data.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-import-all-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function layout(folder: string, withVdem: boolean): void {
  fs.cpSync(path.join(FIXTURES, "unvotes-mini"), path.join(folder, "unvotes"), { recursive: true });
  fs.cpSync(path.join(FIXTURES, "un-ga-resolutions-mini"), path.join(folder, "un-ga-resolutions"), { recursive: true });
  fs.mkdirSync(path.join(folder, "freedomhouse"), { recursive: true });
  fs.copyFileSync(path.join(FIXTURES, "freedomhouse-mini.csv"), path.join(folder, "freedomhouse", "fh_status_1972-2023.csv"));
  if (withVdem) {
    fs.mkdirSync(path.join(folder, "vdem"), { recursive: true });
    fs.copyFileSync(path.join(FIXTURES, "vdem-mini.csv"), path.join(folder, "vdem", "regimes_of_the_world.csv"));
  }
  fs.cpSync(path.join(FIXTURES, "cow-mini"), path.join(folder, "cow_igo"), { recursive: true });
  // The structures and commitments: the bundled snapshot's files (gzip, which every importer reads).
  for (const { bundledFolder, sharedFolder } of STRUCTURE_IMPORTS)
    fs.cpSync(path.join(bundledSnapshot("overlaps"), bundledFolder), path.join(folder, sharedFolder), { recursive: true });
}

async function importAll(folder: string, dataDir: string) {
  const run = promisify(execFile)(process.execPath, ["--import", "tsx", path.join(ROOT, "subgraphs", "import-cli.ts"), "all", folder], {
    cwd: ROOT,
    env: { ...process.env, HUB_DATA_DIR: dataDir },
  });
  return run.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

function importLog(file: string): Record<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      (db.prepare("SELECT data_set, source FROM data_import").all() as { data_set: string; source: string }[]).map((row) => [row.data_set, row.source]),
    );
  } finally {
    db.close();
  }
}

describe("npm run import -- all <folder>", () => {
  it("imports every data set and records where each came from", async () => {
    const folder = path.join(dir, "complete");
    layout(folder, true);
    const result = await importAll(folder, path.join(dir, "var-complete"));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/unvotes: from .*unvotes[\s\S]*cow-igo: from .*cow_igo/);
    expect(importLog(path.join(dir, "var-complete", "un-votes.sqlite"))).toEqual({
      unvotes: "complete/unvotes",
      "un-resolutions": "complete/un-ga-resolutions",
    });
    expect(importLog(path.join(dir, "var-complete", "alliance.sqlite"))).toEqual({ freedomhouse: "complete/freedomhouse", vdem: "complete/vdem" });
    expect(importLog(path.join(dir, "var-complete", "overlaps.sqlite"))).toEqual({
      "cow-igo": "complete/cow_igo",
      manyios: "complete/manyios",
      "eu-members": "complete/eu-member-states",
      "us-commitments": "commitments/us-white-house",
      "canada-ogp": "commitments/canada-ogp",
    });
  }, 120_000);

  it("reports a data set it cannot read, exits 1, and imports the others", async () => {
    const folder = path.join(dir, "without-vdem");
    layout(folder, false);
    const result = await importAll(folder, path.join(dir, "var-partial"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/import failed: .*vdem/);
    expect(result.stderr).toMatch(/1 of 9 data sets failed to import; the others are in\./);
    expect(Object.keys(importLog(path.join(dir, "var-partial", "alliance.sqlite")))).toEqual(["freedomhouse"]);
    expect(Object.keys(importLog(path.join(dir, "var-partial", "overlaps.sqlite")))).toEqual([
      "cow-igo",
      "manyios",
      "eu-members",
      "us-commitments",
      "canada-ogp",
    ]);
  }, 120_000);
});
