/**
 * Imports the structures and commitments beyond the COW registry into the overlaps store, each
 * data set from a folder laid out as ../shared/data holds it (or the bundled snapshot, gzip):
 *   manyios      manyios/ iigo_organizations.csv, iigo_memberships.csv, digo_organizations.csv
 *   eu-members   eu-member-states/ member_states_raw.csv
 *   us-commitments  commitments/us-white-house/ *.md (White House fact sheets)
 *   canada-ogp   commitments/canada-ogp/ nap5.yaml, nap6.yaml
 * Files are small (under 400 KB each): read whole, parsed, then written in one transaction that
 * replaces what the data set held, so a failed read changes nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { text as readAll } from "node:stream/consumers";
import { describeSource, recordImport } from "../../shared/datasets/import-log.js";
import type { DataSetName } from "../../shared/datasets/catalogue.js";
import { csvRecords } from "../../shared/import/csv-rows.js";
import { FileReport } from "../../shared/import/report.js";
import { ImportError, openSource } from "../../shared/import/source.js";
import type { OverlapsStore } from "../store.js";
import type { CommitmentRow, StructureMemberRow, StructureRow } from "./commitment-rows.js";
import { ActionPlanError, parseActionPlan } from "./ogp-parse.js";
import { replaceDataSet, type DataSetContent } from "./structure-writer.js";
import { deadIgos, EUROPEAN_UNION, euMemberships, informalGroups, informalMemberships, type Row } from "./structures-parse.js";
import { FactSheetError, parseFactSheet, readFactSheet } from "./white-house-parse.js";
import { US_COMMITMENT_BODIES, US_COMMITMENT_MEMBERS, usCommitmentBodyId } from "./us-commitment-bodies.js";

export type StructureImportOptions = { source?: string };

function folder(location: string, expects: string): string {
  if (!fs.existsSync(location) || !fs.statSync(location).isDirectory()) throw new ImportError(`expected a folder holding ${expects}, received ${location}`);
  return location;
}

async function csvRows(location: string, file: string, columns: string[]): Promise<Row[]> {
  const source = await openSource(path.join(location, file));
  const rows: Row[] = [];
  for await (const record of csvRecords(source.stream, file, columns)) rows.push(record);
  return rows;
}

async function textOf(file: string): Promise<string> {
  return readAll((await openSource(file)).stream);
}

function finish(store: OverlapsStore, dataSet: DataSetName, location: string, content: DataSetContent, options: StructureImportOptions): FileReport[] {
  const removed = replaceDataSet(store, dataSet, content);
  const reports = [...new Set([...content.structures, ...content.members, ...content.commitments].map((part) => part.report))];
  if (removed > 0) reports[0].notes.push(`${removed} rows the data set held before and its files no longer hold were removed`);
  recordImport(store.db, {
    dataSet,
    source: options.source ?? describeSource(location, "overlaps"),
    rowsRead: reports.reduce((sum, report) => sum + report.read, 0),
    rowsRejected: reports.reduce((sum, report) => sum + report.rejected.length, 0),
  });
  return reports;
}

export async function importManyios(store: OverlapsStore, location: string, options: StructureImportOptions = {}): Promise<FileReport[]> {
  const dir = folder(location, "iigo_organizations.csv, iigo_memberships.csv and digo_organizations.csv");
  const groups = new FileReport("iigo_organizations.csv");
  const spells = new FileReport("iigo_memberships.csv");
  const dead = new FileReport("digo_organizations.csv");
  const groupRows = informalGroups(await csvRows(dir, "iigo_organizations.csv", ["igoID", "Title", "Begin", "End", "Domain"]), groups);
  const known = new Set(groupRows.map((row) => row.id));
  const memberRows = informalMemberships(await csvRows(dir, "iigo_memberships.csv", ["stateID", "StateName", "Title", "Begin", "End"]), spells);
  const orphans = memberRows.filter((row) => !known.has(row.structureId));
  if (orphans.length) spells.notes.push(`${orphans.length} spells name a group iigo_organizations.csv does not list; kept under its title`);
  const deadRows = deadIgos(await csvRows(dir, "digo_organizations.csv", ["igoID", "Title", "Begin", "End", "Death", "Mandate/Function", "Living"]), dead);
  dead.notes.push("organisations still alive (Living 1) are skipped: the Correlates of War registry holds them");
  return finish(
    store,
    "manyios",
    location,
    {
      structures: [
        { rows: groupRows, report: groups },
        { rows: deadRows, report: dead },
      ],
      members: [{ rows: memberRows, report: spells }],
      commitments: [],
    },
    options,
  );
}

export async function importEuMembers(store: OverlapsStore, location: string, options: StructureImportOptions = {}): Promise<FileReport[]> {
  const dir = folder(location, "member_states_raw.csv");
  const report = new FileReport("member_states_raw.csv");
  const members = euMemberships(await csvRows(dir, "member_states_raw.csv", ["iso_alpha_3_code", "accession_date", "exit_date"]), report);
  const body = new FileReport("(the European Union itself)");
  body.read = 1;
  return finish(
    store,
    "eu-members",
    location,
    { structures: [{ rows: [EUROPEAN_UNION], report: body }], members: [{ rows: members, report }], commitments: [] },
    options,
  );
}

export async function importUsCommitments(store: OverlapsStore, location: string, options: StructureImportOptions = {}): Promise<FileReport[]> {
  const dir = folder(location, "White House fact sheets (*.md)");
  const files = fs
    .readdirSync(dir)
    .filter((file) => /\.md(\.gz)?$/.test(file) && !/^README/i.test(file))
    .sort();
  if (files.length === 0) throw new ImportError(`expected White House fact sheets (*.md) in ${dir}, found none`);
  const commitments: { rows: CommitmentRow[]; report: FileReport }[] = [];
  for (const file of files) {
    const name = file.replace(/\.gz$/, "");
    const report = new FileReport(name);
    let rows: CommitmentRow[];
    try {
      const sheet = readFactSheet(await textOf(path.join(dir, file)), name);
      rows = parseFactSheet(sheet, name, { bodyIdFor: usCommitmentBodyId });
    } catch (error) {
      if (error instanceof FactSheetError) throw new ImportError(error.message);
      throw error;
    }
    report.read = rows.length;
    if (rows.length === 1 && rows[0].kind === "INITIATIVE") report.notes.push("no bullet list: the fact sheet itself is one initiative");
    commitments.push({ rows, report });
  }
  const bodies = new FileReport("(the bodies the commitments belong to)");
  bodies.read = US_COMMITMENT_BODIES.length;
  const members = new FileReport("(their members)");
  members.read = US_COMMITMENT_MEMBERS.length;
  return finish(
    store,
    "us-commitments",
    location,
    { structures: [{ rows: [...US_COMMITMENT_BODIES], report: bodies }], members: [{ rows: [...US_COMMITMENT_MEMBERS], report: members }], commitments },
    options,
  );
}

export async function importCanadaOgp(store: OverlapsStore, location: string, options: StructureImportOptions = {}): Promise<FileReport[]> {
  const dir = folder(location, "nap5.yaml and nap6.yaml");
  const plans: StructureRow[] = [];
  const planReport = new FileReport("(the action plans)");
  const commitments: { rows: CommitmentRow[]; report: FileReport }[] = [];
  const members: StructureMemberRow[] = [];
  const memberReport = new FileReport("(Canada as each plan's member)");
  for (const [file, number] of [
    ["nap5.yaml", 5],
    ["nap6.yaml", 6],
  ] as const) {
    const report = new FileReport(file);
    let plan;
    try {
      plan = parseActionPlan(await textOf(path.join(dir, file)), file, number);
    } catch (error) {
      if (error instanceof ActionPlanError) throw new ImportError(error.message);
      throw error;
    }
    report.read = plan.milestones.length;
    report.notes.push(`${plan.milestones.length} milestones from ${plan.indicators} indicators`);
    plans.push(plan.plan);
    planReport.read++;
    members.push({ structureId: plan.plan.id, countryCode: "CAN", began: plan.plan.began, ended: plan.plan.ended });
    memberReport.read++;
    commitments.push({ rows: plan.milestones, report });
  }
  return finish(
    store,
    "canada-ogp",
    location,
    { structures: [{ rows: plans, report: planReport }], members: [{ rows: members, report: memberReport }], commitments },
    options,
  );
}
