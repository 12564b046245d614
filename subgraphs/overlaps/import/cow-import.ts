/**
 * Imports the Correlates of War IGO data (v3): states2016.csv for the state list, then
 * igo_year_format3.csv, one row per IGO and year with a column per state. Memberships (full,
 * associate, observer) are stored under hub country codes; columns that map to no country are
 * reported in the summary. Streamed, batched, idempotent, like every importer here.
 */
import { describeSource, recordImport } from "../../shared/datasets/import-log.js";
import fs from "node:fs";
import path from "node:path";
import { csvRecords } from "../../shared/import/csv-rows.js";
import { importFile, type ImportOptions } from "../../shared/import/import-file.js";
import type { FileReport } from "../../shared/import/report.js";
import { ImportError, isUrl, openSource } from "../../shared/import/source.js";
import type { OverlapsStore } from "../store.js";
import { mapCowColumn, type CowState } from "./cow-countries.js";
import { statement } from "../../shared/statements.js";

const STATES_FILE = "states2016.csv";
const IGO_FILE = "igo_year_format3.csv";
/** The columns of igo_year_format3.csv that describe the IGO, not a state. */
const NON_STATE = new Set([
  "ioname",
  "orgname",
  "year",
  "sdate",
  "deaddate",
  "dead",
  "integrated",
  "replaced",
  "longorgname",
  "ionum",
  "igocode",
  "version",
  "accuracyofpre1965membershipdates",
  "sourcesandnotes",
  "imputed",
  "political",
  "social",
  "economic",
]);

function locate(location: string, file: string): string {
  if (isUrl(location)) return `${location.replace(/\/?$/, "/")}${file}`;
  if (fs.existsSync(location) && fs.statSync(location).isDirectory()) return path.join(location, file);
  throw new ImportError(`expected a folder (or base URL) holding ${STATES_FILE} and ${IGO_FILE}, received ${location}`);
}

async function readStates(location: string): Promise<Map<string, CowState>> {
  const source = await openSource(locate(location, STATES_FILE));
  const states = new Map<string, CowState>();
  for await (const record of csvRecords(source.stream, STATES_FILE, ["ccode", "stateabb", "statenme", "state"])) {
    const column = record.values.state.trim();
    if (!states.has(column)) states.set(column, { column, abbreviation: record.values.stateabb.trim(), name: record.values.statenme.trim() });
  }
  return states;
}

export async function importCowIgo(store: OverlapsStore, location: string, options: ImportOptions = {}): Promise<FileReport> {
  const states = await readStates(location);
  const db = store.db;
  const statements = {
    igo: statement(
      db,
      "INSERT INTO igo (ioname, orgname, longorgname) VALUES (?, ?, ?) ON CONFLICT(ioname) DO UPDATE SET orgname = excluded.orgname, longorgname = excluded.longorgname",
    ),
    year: statement(db, "INSERT OR IGNORE INTO igo_year (ioname, year) VALUES (?, ?)"),
    insert: statement(db, "INSERT OR IGNORE INTO igo_membership (ioname, year, country_code, status) VALUES (?, ?, ?, ?)"),
    update: statement(db, "UPDATE igo_membership SET status = ? WHERE ioname = ? AND year = ? AND country_code = ? AND status <> ?"),
  };
  let columns: { column: string; codeFor: (year: number) => string }[] | null = null;

  const result = await importFile(
    db,
    [locate(location, IGO_FILE)],
    ["ioname", "orgname", "year"],
    { ...options, onCommit: () => (store.noteWrite(), options.onCommit?.()) },
    (record, fileReport) => {
      const v = record.values;
      if (!columns) {
        columns = [];
        for (const column of Object.keys(v).filter((name) => !NON_STATE.has(name))) {
          const mapping = mapCowColumn(states.get(column), column);
          if ("unmapped" in mapping) fileReport.notes.push(`unmapped: ${mapping.unmapped}`);
          else columns.push({ column, codeFor: mapping.codeFor });
        }
      }
      const year = Number(v.year);
      if (!/^\d{4}$/.test(v.year.trim()) || year < 1800 || year > 2100)
        return (fileReport.reject(record.line, `year: expected a year from 1800 to 2100, received ${JSON.stringify(v.year)}`), null);
      const ioname = v.ioname.trim();
      if (ioname === "") return (fileReport.reject(record.line, "ioname: expected the IGO's short name, received nothing"), null);
      const members: [string, number][] = [];
      for (const { column, codeFor } of columns) {
        const status = Number(v[column]);
        if (status === 1 || status === 2 || status === 3) members.push([codeFor(year), status]);
      }
      return () => {
        statements.igo.run(ioname, v.orgname.trim(), v.longorgname?.trim() || null);
        let changed = statements.year.run(ioname, year).changes === 1 ? "inserted" : "unchanged";
        for (const [code, status] of members) {
          if (statements.insert.run(ioname, year, code, status).changes === 1) {
            if (changed === "unchanged") changed = "updated";
          } else if (statements.update.run(status, ioname, year, code, status).changes === 1 && changed === "unchanged") changed = "updated";
        }
        fileReport.count(changed as "inserted" | "updated" | "unchanged");
      };
    },
  );
  recordImport(db, {
    dataSet: "cow-igo",
    source: options.source ?? describeSource(location, "overlaps"),
    rowsRead: result.read,
    rowsRejected: result.rejected.length,
  });
  return result;
}
