/**
 * One refresh of one upstream: stage its files (stage.ts), stop if they are what was imported
 * last time, check every row parses, then import the staged copy with the data set's own importer
 * (rows it cannot use are rejected with reasons, as in any import) and record the checksums.
 * Nothing reaches the store unless every file arrived whole and parses.
 */
import { rmSync } from "node:fs";
import type { Env } from "../../platform/config.js";
import { ImportError } from "../import/source.js";
import type { FileReport } from "../import/report.js";
import type { Db } from "../store.js";
import { checkCsv, checkJsonLines, stageFile, stagingFolder } from "./stage.js";
import { recordUpstream, unchanged, type StagedFile } from "./upstream-state.js";
import { upstreamUrl, type UpstreamSpec } from "./upstreams.js";

export type RefreshStatus = "imported" | "unchanged" | "failed" | "not configured";

export type RefreshOutcome = { upstream: string; status: RefreshStatus; detail: string; reports: FileReport[] };

/** A data set's importer, run on a staged copy; `source` is the upstream URL for the import log. */
export type StagedImport = (location: string, source: string) => Promise<FileReport[]>;

export type Refresher = { spec: UpstreamSpec; db: Db; importStaged: StagedImport };

export async function refreshUpstream(refresher: Refresher, env: Env): Promise<RefreshOutcome> {
  const { spec, db } = refresher;
  const url = upstreamUrl(env, spec);
  if (!url) return { upstream: spec.name, status: "not configured", detail: `set ${spec.variable} to ${spec.expects}`, reports: [] };
  const folder = stagingFolder();
  try {
    const staged: StagedFile[] = [];
    if (spec.files) {
      const base = url.endsWith("/") ? url : `${url}/`;
      for (const file of spec.files) staged.push(await stageFile(new URL(file, base).toString(), file, folder));
    } else {
      staged.push(await stageFile(url, `${spec.name}.csv`, folder));
    }
    if (unchanged(db, spec.name, staged))
      return { upstream: spec.name, status: "unchanged", detail: `${url}: the same ${staged.length === 1 ? "file" : "files"} as last imported`, reports: [] };
    const rows = [];
    for (const file of staged) rows.push(await (spec.format === "json-lines" ? checkJsonLines(file) : checkCsv(file)));
    const reports = await refresher.importStaged(spec.files ? folder : staged[0].path, url);
    recordUpstream(db, spec.name, staged);
    const rejected = reports.reduce((sum, report) => sum + report.rejected.length, 0);
    return {
      upstream: spec.name,
      status: "imported",
      detail: `${url}: ${rows.reduce((a, b) => a + b, 0).toLocaleString("en")} rows read${rejected ? `, ${rejected} rejected with reasons` : ""}`,
      reports,
    };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { upstream: spec.name, status: "failed", detail: `${error.message}; the data already imported is kept`, reports: [] };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Every refresher in turn; one failing does not stop the others. */
export async function refreshAll(refreshers: readonly Refresher[], env: Env): Promise<RefreshOutcome[]> {
  const outcomes: RefreshOutcome[] = [];
  for (const refresher of refreshers) outcomes.push(await refreshUpstream(refresher, env));
  return outcomes;
}
