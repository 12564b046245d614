/**
 * Imports Freedom House "Freedom in the World" ratings and V-Dem Regimes of the World into the
 * alliance store: streamed, in batched transactions, idempotent, every row accounted for. A second
 * row for the same country and year in one file is rejected, never allowed to overwrite the first.
 */
import { describeSource, recordImport } from "../../shared/datasets/import-log.js";
import fs from "node:fs";
import path from "node:path";
import { importFile, type ImportOptions } from "../../shared/import/import-file.js";
import type { FileReport, Outcome } from "../../shared/import/report.js";
import { isUrl } from "../../shared/import/source.js";
import type { Db } from "../../shared/store.js";
import { matchFreedomHouseCountry, matchVdemUnit } from "./rating-countries.js";
import { statement } from "../../shared/statements.js";

const FH_FILE = "fh_status_1972-2023.csv";
const VDEM_FILE = "regimes_of_the_world.csv";
const FH_STATUS: Record<string, string> = { Free: "FREE", "Partially Free": "PARTLY_FREE", "Partly Free": "PARTLY_FREE", "Not Free": "NOT_FREE" };

/** A folder is looked into for the data set's usual file name; a file or URL is taken as given. */
function locate(location: string, usualName: string): string {
  if (!isUrl(location) && fs.existsSync(location) && fs.statSync(location).isDirectory()) return path.join(location, usualName);
  return location;
}

function whole(raw: string, min: number, max: number): number | null {
  const value = Number(raw);
  return /^\d+$/.test(raw.trim()) && value >= min && value <= max ? value : null;
}

type Upsert = (code: string, year: number, values: unknown[]) => Outcome;

function upserter(db: Db, table: string, columns: string[]): Upsert {
  const insert = statement(
    db,
    `INSERT OR IGNORE INTO ${table} (country_code, year, ${columns.join(", ")}) VALUES (?, ?, ${columns.map(() => "?").join(", ")})`,
  );
  const update = statement(
    db,
    `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(", ")} WHERE country_code = ? AND year = ? AND (${columns.map((c) => `${c} IS NOT ?`).join(" OR ")})`,
  );
  return (code, year, values) => {
    if (insert.run(code, year, ...values).changes === 1) return "inserted";
    return update.run(...values, code, year, ...values).changes === 1 ? "updated" : "unchanged";
  };
}

export async function importFreedomHouse(db: Db, location: string, options: ImportOptions = {}): Promise<FileReport> {
  return logged(db, "freedomhouse", location, options, await importFreedomHouseRows(db, location, options));
}

/** Records where a completed import read from, for the graph's freshness fields. */
function logged(db: Db, dataSet: "freedomhouse" | "vdem", location: string, options: ImportOptions, report: FileReport): FileReport {
  recordImport(db, { dataSet, source: options.source ?? describeSource(location, "alliance"), rowsRead: report.read, rowsRejected: report.rejected.length });
  return report;
}

async function importFreedomHouseRows(db: Db, location: string, options: ImportOptions): Promise<FileReport> {
  const upsert = upserter(db, "freedom_rating", ["political_rights", "civil_liberties", "status", "source_name"]);
  const seen = new Map<string, number>();
  return importFile(
    db,
    [locate(location, FH_FILE)],
    ["year", "country", "iso3c", "political_rights", "civil_liberties", "status"],
    options,
    (record, report) => {
      const v = record.values;
      const reject = (reason: string) => (report.reject(record.line, reason), null);
      const year = whole(v.year, 1972, 2100);
      if (year === null) return reject(`year: expected a year from 1972 (Freedom House's first) to 2100, received ${JSON.stringify(v.year)}`);
      const pr = whole(v.political_rights, 1, 7);
      if (pr === null) return reject(`political_rights: expected 1 to 7, received ${JSON.stringify(v.political_rights)}`);
      const cl = whole(v.civil_liberties, 1, 7);
      if (cl === null) return reject(`civil_liberties: expected 1 to 7, received ${JSON.stringify(v.civil_liberties)}`);
      const status = FH_STATUS[v.status.trim()];
      if (!status) return reject(`status: expected Free, Partially Free or Not Free, received ${JSON.stringify(v.status)}`);
      const country = matchFreedomHouseCountry(v.country, v.iso3c);
      if ("reason" in country) return reject(country.reason);
      const key = `${country.code}:${year}`;
      if (seen.has(key)) return reject(`a second rating of ${country.code} (${v.country}) for ${year}; the first is on line ${seen.get(key)}`);
      seen.set(key, record.line);
      return () => report.count(upsert(country.code, year, [pr, cl, status, v.country.trim()]));
    },
  );
}

export async function importVdem(db: Db, location: string, options: ImportOptions = {}): Promise<FileReport> {
  return logged(db, "vdem", location, options, await importVdemRows(db, location, options));
}

async function importVdemRows(db: Db, location: string, options: ImportOptions): Promise<FileReport> {
  const upsert = upserter(db, "regime_rating", ["regime", "source_name"]);
  const seen = new Map<string, number>();
  return importFile(db, [locate(location, VDEM_FILE)], ["Entity", "Code", "Year", "Political regime"], options, (record, report) => {
    const v = record.values;
    const reject = (reason: string) => (report.reject(record.line, reason), null);
    const year = whole(v.Year, 1700, 2100);
    if (year === null) return reject(`Year: expected a year from 1700 to 2100, received ${JSON.stringify(v.Year)}`);
    const regime = whole(v["Political regime"], 0, 3);
    if (regime === null) return reject(`Political regime: expected 0 to 3, received ${JSON.stringify(v["Political regime"])}`);
    const unit = matchVdemUnit(v.Entity, v.Code);
    if ("reason" in unit) return reject(unit.reason);
    const key = `${unit.code}:${year}`;
    if (seen.has(key)) return reject(`a second rating of ${unit.code} (${v.Entity}) for ${year}; the first is on line ${seen.get(key)}`);
    seen.set(key, record.line);
    return () => report.count(upsert(unit.code, year, [regime, v.Entity.trim()]));
  });
}
