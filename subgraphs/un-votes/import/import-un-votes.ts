/**
 * `importUnVotes(store, source)`: the one entry point for General Assembly votes, from the CLI,
 * from start-up, or from code. The source decides the format:
 * - a folder, or a URL not ending in .csv: the unvotes CSV triple;
 * - a .csv file or URL: the UN Digital Library format;
 * - the word `upstream`: the public plain-CSV copy of the unvotes data.
 */
import { describeSource, recordImport } from "../../shared/datasets/import-log.js";
import fs from "node:fs";
import type { FileReport } from "../../shared/import/report.js";
import type { ImportOptions } from "../../shared/import/import-file.js";
import { ImportError, isUrl } from "../../shared/import/source.js";
import type { UnVotesStore } from "../store.js";
import { UPSTREAMS } from "../../shared/refresh/upstreams.js";
import { scanForAlerts } from "../alerts/scan.js";
import { importUndl } from "./undl-csv.js";
import { importUnvotesTriple } from "./unvotes-csv.js";
import { absorbMatchedResolutions, importUnResolutions } from "./un-resolutions.js";

/** The plain CSV copies of the unvotes data (Voeten; R package `unvotes`), CC0. */
export const UNVOTES_UPSTREAM = UPSTREAMS.unvotes.defaultUrl!;

function isUndlSource(location: string): boolean {
  if (isUrl(location)) return new URL(location).pathname.toLowerCase().endsWith(".csv");
  let stat: fs.Stats;
  try {
    stat = fs.statSync(location);
  } catch {
    throw new ImportError(`expected a folder with the unvotes CSV files, a UN Digital Library .csv file, a URL or "upstream"; found nothing at ${location}`);
  }
  return stat.isFile();
}

export async function importUnVotes(store: UnVotesStore, source: string, options: ImportOptions = {}): Promise<FileReport[]> {
  const location = source === "upstream" ? UNVOTES_UPSTREAM : source;
  const withVersion = notingWrites(store, options);
  const reports = await store.whileImporting("unvotes", async () => {
    const read = isUndlSource(location) ? [await importUndl(store.db, location, withVersion)] : await importUnvotesTriple(store.db, location, withVersion);
    const absorbed = absorbMatchedResolutions(store.db);
    if (absorbed > 0) read.at(-1)!.notes.push(`${absorbed} roll calls made from the UN's resolution files are recorded by this source too and gave way to it`);
    // New roll calls: their alerts go to the outbox in one transaction with marking them scanned
    // (delivered by the serving process, woken when this import finishes or at its next poll).
    scanForAlerts(store.db);
    return read;
  });
  recordImport(store.db, {
    dataSet: "unvotes",
    source: options.source ?? describeSource(location, "un-votes"),
    rowsRead: reports.reduce((sum, report) => sum + report.read, 0),
    rowsRejected: reports.reduce((sum, report) => sum + report.rejected.length, 0),
  });
  return reports;
}

/**
 * `importUnResolutions` for a store: the UN's resolution files (a folder, a file, a base URL, or
 * `upstream`), marked as an import while it runs; new roll calls then go through the alerts' scan.
 */
export async function importUnResolutionsInto(store: UnVotesStore, source: string, options: ImportOptions = {}): Promise<FileReport[]> {
  const location = source === "upstream" ? UPSTREAMS["un-resolutions"].defaultUrl! : source;
  return store.whileImporting("un-resolutions", async () => {
    const reports = await importUnResolutions(store.db, location, notingWrites(store, options));
    scanForAlerts(store.db);
    return reports;
  });
}

/** The options with each committed batch noted on the store, so that its version moves and the vote index rebuilds. */
function notingWrites(store: UnVotesStore, options: ImportOptions): ImportOptions {
  return {
    ...options,
    onCommit: () => {
      store.noteWrite();
      options.onCommit?.();
    },
  };
}
