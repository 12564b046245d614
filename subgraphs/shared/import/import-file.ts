import path from "node:path";
import type { Db } from "../store.js";
import { BatchWriter } from "./batch-writer.js";
import { csvRecords, type CsvRecord } from "./csv-rows.js";
import { Progress, type ProgressSink } from "./progress.js";
import { FileReport } from "./report.js";
import { ImportError, isUrl, openSource, type OpenedSource } from "./source.js";

export type ImportOptions = {
  /** Where progress goes; null for none (tests). Defaults to stderr. */
  progress?: ProgressSink | null;
  /** Rows per transaction. */
  batchSize?: number;
  /** Called after each committed batch (so a store's version moves and indexes rebuild). */
  onCommit?: () => void;
  /** Where the rows came from, as the import log records it, when not the location read (a refresh reads a staged copy of an upstream URL). */
  source?: string;
};

export const DEFAULT_BATCH_SIZE = 20_000;

/** Opens the first of the candidate locations that exists. */
async function openFirst(candidates: string[]): Promise<{ opened: OpenedSource; file: string }> {
  const failures: string[] = [];
  for (const candidate of candidates) {
    try {
      return { opened: await openSource(candidate), file: isUrl(candidate) ? path.basename(new URL(candidate).pathname) : path.basename(candidate) };
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  throw new ImportError(failures.join("; "));
}

/**
 * Streams one CSV file (the first of `candidates` that exists) through `handle`, which validates
 * a record and returns its write, or rejects it on the report. Writes run in batched transactions.
 */
export async function importFile(
  db: Db,
  candidates: string[],
  columns: string[],
  options: ImportOptions,
  handle: (record: CsvRecord, report: FileReport) => (() => void) | null,
): Promise<FileReport> {
  const { opened, file } = await openFirst(candidates);
  const report = new FileReport(file);
  const progress = new Progress(`importing ${file}`, options.progress === undefined ? process.stderr : options.progress);
  const batches = new BatchWriter<() => void>(
    db,
    (write) => write(),
    options.batchSize ?? DEFAULT_BATCH_SIZE,
    (rows) => {
      progress.advance(rows);
      options.onCommit?.();
    },
  );
  for await (const record of csvRecords(opened.stream, file, columns)) {
    report.read++;
    const write = handle(record, report);
    if (write) await batches.add(write);
  }
  await batches.flush();
  progress.done();
  return report;
}
