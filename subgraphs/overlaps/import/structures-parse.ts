/**
 * Structures beyond the Correlates of War registry, from their CSV files:
 * - manyios: informal intergovernmental groups (IIGO 2.0: the G7 and its variants, the G20, the
 *   Lima Group …) with dated memberships, and dead IGOs (DIGO) with their mandate;
 * - eums: the European Union's member states with their accession (and exit) dates.
 * `NA` is a missing value in the manyios tables, except as a state code (see manyios-codes.ts)
 * and as the igoID of two groups (the Quint, the Normandy Format): ids are made from titles.
 */
import type { FileReport } from "../../shared/import/report.js";
import { slugOf, type StructureMemberRow, type StructureRow } from "./commitment-rows.js";
import { hubCodeOfManyiosState } from "./manyios-codes.js";

export type Row = { line: number; values: Record<string, string> };

const missing = (value: string | undefined) => (value === undefined || value.trim() === "" || value.trim() === "NA" ? null : value.trim());

const MANYIOS_SOURCE = {
  title: "manyios (globalgov), IIGO 2.0 (Vabulas & Snidal 2021) and DIGO (Debre & Dijkstra)",
  url: "https://github.com/globalgov/manyios",
};

const EUMS_SOURCE = { title: "The European Union Member State (EUMS) Database (Fjelstul)", url: "https://github.com/jfjelstul/eums" };

/** An informal group's id: its title as a slug (`iigo:group-of-5678`, `iigo:lima-group`). */
const informalGroupId = (title: string) => `iigo:${slugOf(title)}`;
const deadIgoId = (title: string) => `digo:${slugOf(title)}`;

/** IIGO groups; `End` NA means still active when the data was made (to about 2017). */
export function informalGroups(rows: readonly Row[], report: FileReport): StructureRow[] {
  const structures: StructureRow[] = [];
  for (const { line, values } of rows) {
    report.read++;
    const title = missing(values.Title);
    if (!title) {
      report.reject(line, "Title: expected the group's name, received nothing");
      continue;
    }
    const follow = missing(values["Follow-on IGO"]);
    structures.push({
      id: informalGroupId(title),
      category: "INFORMAL_GROUP",
      name: title,
      mandate: [missing(values.Domain)?.toLowerCase(), follow && follow !== "0" ? follow : null].filter(Boolean).join("; ") || null,
      began: missing(values.Begin),
      ended: missing(values.End),
      endReason: missing(values.End) ? ({ "1": "became a formal IGO", "2": "ended" }[values.End_reason?.trim() ?? ""] ?? null) : null,
      sourceTitle: MANYIOS_SOURCE.title,
      sourceUrl: MANYIOS_SOURCE.url,
    });
  }
  return structures;
}

/** IIGO membership spells, joined to their group by title (igoIDs repeat: BP, G11, NA). */
export function informalMemberships(rows: readonly Row[], report: FileReport): StructureMemberRow[] {
  const members: StructureMemberRow[] = [];
  for (const { line, values } of rows) {
    report.read++;
    const title = missing(values.Title);
    const code = hubCodeOfManyiosState(values.stateID?.trim() ?? "");
    if (!title) report.reject(line, "Title: expected the group's name, received nothing");
    else if (!code) report.reject(line, `stateID: expected a state code the hub knows, received ${JSON.stringify(values.stateID)} (${values.StateName})`);
    else members.push({ structureId: informalGroupId(title), countryCode: code, began: missing(values.Begin), ended: missing(values.End) });
  }
  return members;
}

const DEATHS: Readonly<Record<string, string>> = {
  DISS: "dissolved",
  SUCC: "replaced by a successor",
  DES: "desuetude (ceased to function)",
  ABS: "absorbed into another organisation",
  MER: "merged",
  EXP: "expired",
  "EXP/ABS": "expired or absorbed",
};

/** DIGO organisations that ended (`Living` 0); those alive are in the COW registry already. */
export function deadIgos(rows: readonly Row[], report: FileReport): StructureRow[] {
  const structures: StructureRow[] = [];
  for (const { line, values } of rows) {
    report.read++;
    const title = missing(values.Title);
    if (!title) {
      report.reject(line, "Title: expected the organisation's name, received nothing");
      continue;
    }
    if (values.Living?.trim() !== "0") {
      report.skipped++;
      continue;
    }
    const death = missing(values.Death);
    structures.push({
      id: deadIgoId(title),
      category: "DISSOLVED_IGO",
      name: title,
      mandate:
        missing(values["Mandate/Function"])
          ?.toLowerCase()
          .replace(/\s*\/\s*/g, ", ") ?? null,
      began: missing(values.Begin),
      ended: missing(values.End),
      endReason: death ? (DEATHS[death] ?? death) : null,
      sourceTitle: MANYIOS_SOURCE.title,
      sourceUrl: MANYIOS_SOURCE.url,
    });
  }
  return structures;
}

export const EUROPEAN_UNION: StructureRow = {
  id: "eu",
  category: "REGIONAL_UNION",
  name: "European Union",
  mandate: "political and economic union of European states: single market, common foreign and security policy, justice and home affairs",
  began: "1952-07-23",
  ended: null,
  endReason: null,
  sourceTitle: EUMS_SOURCE.title,
  sourceUrl: EUMS_SOURCE.url,
};

/** EU members with their accession and exit dates (the EU and its predecessors since 1952, as the source counts them). */
export function euMemberships(rows: readonly Row[], report: FileReport): StructureMemberRow[] {
  const members: StructureMemberRow[] = [];
  for (const { line, values } of rows) {
    report.read++;
    const code = values.iso_alpha_3_code?.trim() ?? "";
    const accession = missing(values.accession_date);
    if (!hubCodeOfManyiosState(code)) report.reject(line, `iso_alpha_3_code: expected a state code the hub knows, received ${JSON.stringify(code)}`);
    else if (!accession || !/^\d{4}-\d{2}-\d{2}$/.test(accession))
      report.reject(line, `accession_date: expected a date (YYYY-MM-DD), received ${JSON.stringify(values.accession_date)}`);
    else members.push({ structureId: EUROPEAN_UNION.id, countryCode: code, began: accession, ended: missing(values.exit_date) });
  }
  return members;
}
