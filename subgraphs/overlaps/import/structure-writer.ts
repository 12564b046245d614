/**
 * Writes what one data set holds (structures, their membership spells, commitments) in one
 * transaction, replacing what the data set held before: a row the new files no longer hold goes,
 * a row that changed is updated, the rest stay as they were. Each row is counted in its report.
 */
import type { FileReport } from "../../shared/import/report.js";
import { statement } from "../../shared/statements.js";
import type { OverlapsStore } from "../store.js";
import type { CommitmentRow, StructureMemberRow, StructureRow } from "./commitment-rows.js";

export type DataSetContent = {
  structures: { rows: StructureRow[]; report: FileReport }[];
  members: { rows: StructureMemberRow[]; report: FileReport }[];
  commitments: { rows: CommitmentRow[]; report: FileReport }[];
};

const structureRecord = (dataSet: string, row: StructureRow) => ({
  id: row.id,
  data_set: dataSet,
  category: row.category,
  name: row.name,
  mandate: row.mandate,
  began: row.began,
  ended: row.ended,
  end_reason: row.endReason,
  source_title: row.sourceTitle,
  source_url: row.sourceUrl,
});

const memberRecord = (row: StructureMemberRow) => ({
  structure_id: row.structureId,
  country_code: row.countryCode,
  // Part of the key: an unknown start is '' rather than NULL, which a key would not compare.
  began: row.began ?? "",
  ended: row.ended,
});

const commitmentRecord = (dataSet: string, row: CommitmentRow) => ({
  id: row.id,
  data_set: dataSet,
  body_id: row.bodyId,
  kind: row.kind,
  title: row.title,
  description: row.description,
  theme: row.theme,
  topics: JSON.stringify(row.topics),
  country_codes: JSON.stringify(row.countryCodes),
  start_date: row.startDate,
  end_date: row.endDate,
  amount_usd: row.amountUsd,
  source_title: row.sourceTitle,
  source_url: row.sourceUrl,
  source_date: row.sourceDate,
});

type Table = { name: string; key: string[]; existing: Map<string, string> };

/** Upserts one record, counting it as inserted, updated or unchanged against what the table held. */
function write(store: OverlapsStore, table: Table, record: Record<string, unknown>, report: FileReport, written: Set<string>): void {
  const key = JSON.stringify(table.key.map((column) => record[column]));
  if (written.has(key)) {
    // The same key twice in the source (a spell listed twice): the first is stored, this one counted as skipped.
    report.skipped++;
    return;
  }
  written.add(key);
  const before = table.existing.get(key);
  const now = JSON.stringify(record);
  if (before === now) return report.count("unchanged");
  const columns = Object.keys(record);
  statement(store.db, `INSERT OR REPLACE INTO ${table.name} (${columns.join(", ")}) VALUES (${columns.map((column) => `@${column}`).join(", ")})`).run(record);
  report.count(before === undefined ? "inserted" : "updated");
}

function existingRows(store: OverlapsStore, table: string, key: string[], where: string, dataSet: string): Map<string, string> {
  const rows = statement(store.db, `SELECT * FROM ${table} WHERE ${where}`).all(dataSet) as Record<string, unknown>[];
  return new Map(rows.map((row) => [JSON.stringify(key.map((column) => row[column])), JSON.stringify(row)]));
}

/** Replaces the data set's rows with `content`; returns how many rows it no longer holds were removed. */
export function replaceDataSet(store: OverlapsStore, dataSet: string, content: DataSetContent): number {
  const memberWhere = "structure_id IN (SELECT id FROM structure WHERE data_set = ?)";
  let removed = 0;
  store.db.transaction(() => {
    const structures: Table = { name: "structure", key: ["id"], existing: existingRows(store, "structure", ["id"], "data_set = ?", dataSet) };
    const members: Table = {
      name: "structure_member",
      key: ["structure_id", "country_code", "began"],
      existing: existingRows(store, "structure_member", ["structure_id", "country_code", "began"], memberWhere, dataSet),
    };
    const commitments: Table = { name: "commitment", key: ["id"], existing: existingRows(store, "commitment", ["id"], "data_set = ?", dataSet) };
    const written = { structure: new Set<string>(), structure_member: new Set<string>(), commitment: new Set<string>() };
    for (const { rows, report } of content.structures)
      for (const row of rows) write(store, structures, structureRecord(dataSet, row), report, written.structure);
    for (const { rows, report } of content.members) for (const row of rows) write(store, members, memberRecord(row), report, written.structure_member);
    for (const { rows, report } of content.commitments)
      for (const row of rows) write(store, commitments, commitmentRecord(dataSet, row), report, written.commitment);
    for (const table of [members, commitments, structures]) {
      const gone = [...table.existing.keys()].filter((key) => !written[table.name as keyof typeof written].has(key));
      const remove = statement(store.db, `DELETE FROM ${table.name} WHERE ${table.key.map((column) => `${column} = ?`).join(" AND ")}`);
      for (const key of gone) remove.run(...(JSON.parse(key) as unknown[]));
      removed += gone.length;
    }
  })();
  store.noteWrite();
  return removed;
}
