/**
 * Imports the UN Digital Library's "UN General Assembly Voting Data" (one row per member state
 * per adopted resolution; current to 2025). A resolution the unvotes data already holds (same
 * symbol and date) is merged into that roll call rather than counted twice; others become roll
 * calls of their own, numbered from UNDL_RCID_BASE upwards by their Digital Library id.
 */
import type { Db } from "../../shared/store.js";
import type { FileReport } from "../../shared/import/report.js";
import { findCountry } from "../../platform/countries/reference.js";
import { isCountryCodeShape } from "../../shared/countries/country-code.js";
import { all, isoDate, optionalText, positiveInteger } from "./fields.js";
import { importFile, type ImportOptions } from "../../shared/import/import-file.js";
import { UnVotesWriter } from "./writer.js";
import { statement } from "../../shared/statements.js";
import { resolutionKey } from "./resolution-symbols.js";

export const UNDL_COLUMNS = [
  "undl_id",
  "ms_code",
  "ms_name",
  "ms_vote",
  "date",
  "session",
  "resolution",
  "draft",
  "committee_report",
  "meeting",
  "title",
  "agenda_title",
  "subjects",
  "vote_note",
  "total_yes",
  "total_no",
  "total_abstentions",
  "total_non_voting",
  "total_ms",
  "undl_link",
];

/** Roll-call ids for Digital Library records start here, far above the unvotes ids (under 10,000). */
export const UNDL_RCID_BASE = 1_000_000_000;

const VOTES: Record<string, 1 | 2 | 3 | "non-voting"> = { Y: 1, N: 2, A: 3, X: "non-voting", NV: "non-voting" };

export async function importUndl(db: Db, location: string, options: ImportOptions = {}): Promise<FileReport> {
  const writer = new UnVotesWriter(db);
  const existing = new Map<string, number>();
  for (const row of statement(db, "SELECT rcid, date, resolution, undl_id FROM roll_call").all() as {
    rcid: number;
    date: string;
    resolution: string | null;
    undl_id: string | null;
  }[]) {
    if (row.undl_id) existing.set(`undl:${row.undl_id}`, row.rcid);
    const key = resolutionKey(row.resolution);
    if (key) existing.set(`${key}@${row.date}`, row.rcid);
  }
  const seenRecords = new Set<string>();

  return importFile(db, [location], UNDL_COLUMNS, options, (record, report) => {
    const v = record.values;
    const parsed = all({
      undlId: positiveInteger("undl_id", v.undl_id),
      session: positiveInteger("session", v.session, 500),
      date: isoDate("date", v.date),
      resolution: optionalText("resolution", v.resolution),
      title: optionalText("title", v.title),
      agenda: optionalText("agenda_title", v.agenda_title),
    });
    if ("reason" in parsed) return (report.reject(record.line, parsed.reason), null);
    const vote = VOTES[v.ms_vote.trim().toUpperCase()];
    if (!vote) return (report.reject(record.line, `ms_vote: expected Y, N, A, X or NV, received ${JSON.stringify(v.ms_vote)}`), null);
    const code = v.ms_code.trim().toUpperCase();
    if (!isCountryCodeShape(code) || !findCountry(code))
      return (
        report.reject(record.line, `ms_code: expected an ISO 3166-1 alpha-3 code the hub knows, received ${JSON.stringify(v.ms_code)} (${v.ms_name})`),
        null
      );

    const { undlId, session, date, resolution, title, agenda } = parsed.values;
    const undlKey = String(undlId);
    const key = resolutionKey(resolution);
    const rcid = existing.get(`undl:${undlKey}`) ?? (key ? existing.get(`${key}@${date}`) : undefined) ?? UNDL_RCID_BASE + undlId;
    existing.set(`undl:${undlKey}`, rcid);
    const firstRowOfRecord = !seenRecords.has(undlKey);
    seenRecords.add(undlKey);

    return () => {
      // The roll call itself is written once per record; an unvotes roll call keeps its own text.
      if (firstRowOfRecord && (rcid >= UNDL_RCID_BASE || !writer.hasRollCall(rcid))) {
        writer.rollCall({
          rcid,
          session,
          date,
          resolution,
          shortTitle: title,
          description: agenda,
          important: null,
          amendment: null,
          paragraph: null,
          source: "undl",
          undlId: undlKey,
        });
      }
      writer.countrySource(code, v.ms_name, v.ms_code);
      if (vote === "non-voting") {
        writer.nonVote(rcid, code);
        report.skipped++;
      } else {
        report.count(writer.vote(rcid, code, vote));
      }
    };
  });
}
