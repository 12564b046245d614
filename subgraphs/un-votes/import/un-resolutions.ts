/**
 * Imports the UN's own machine-readable General Assembly resolutions (UNxml/GAresolutions,
 * `data_extract/`: one file per session, one JSON object a line) into the same record as the
 * unvotes data, so that no roll call is counted twice:
 * - a recorded vote the record already holds (same resolution and day, from the unvotes data or
 *   the Digital Library) keeps its votes and issue tags; it gains the draft's sponsors and is marked
 *   as recorded by both, and a tally that differs between the two is reported;
 * - a recorded vote the record lacks becomes a roll call of its own (source `un-resolutions`),
 *   with an id that follows from its symbol, the states named in favour, against and abstaining
 *   (members not named were absent or did not vote, which is not a vote), the sponsors, and issue
 *   tags read from its subjects;
 * - a resolution adopted without a vote has no roll call and is counted as skipped.
 */
import { describeSource, recordImport } from "../../shared/datasets/import-log.js";
import type { ImportOptions } from "../../shared/import/import-file.js";
import { Progress } from "../../shared/import/progress.js";
import { FileReport } from "../../shared/import/report.js";
import { ImportError, openSource } from "../../shared/import/source.js";
import type { Db } from "../../shared/store.js";
import { statement } from "../../shared/statements.js";
import { ExistenceCheck } from "./existence-check.js";
import { optionalText } from "./fields.js";
import { resolutionFiles, readResolutionLines } from "./resolution-files.js";
import { parseAdoptionDate, parseSymbol, resolutionBase, resolutionKey, rollCallIdOf, sessionInProgress } from "./resolution-symbols.js";
import { parseSponsors } from "./sponsors.js";
import { issuesOfSubjects } from "./subject-issues.js";
import { resolveUnName } from "./un-names.js";
import { UnVotesWriter } from "./writer.js";

/** The fields of a resolution the import reads; the files carry more. */
type ResolutionLine = {
  symbol?: unknown;
  title?: unknown;
  adoption_date?: unknown;
  adoption_type?: unknown;
  MS_in_favour?: unknown;
  MS_against?: unknown;
  MS_abstaining?: unknown;
  MS_in_favour_count?: unknown;
  MS_against_count?: unknown;
  MS_abstaining_count?: unknown;
  sponsors?: unknown;
  additional_sponsors?: unknown;
  subjects?: unknown;
};

const RECORDED = "By a recorded vote";
const POSITIONS = [
  ["MS_in_favour", 1],
  ["MS_against", 2],
  ["MS_abstaining", 3],
] as const;

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

/** Roll calls of the other sources by resolution key and day, to match the UN's votes against. */
export class RecordMatcher {
  private readonly byKey = new Map<string, number[]>();
  private readonly byBase = new Map<string, number[]>();

  constructor(db: Db) {
    const rows = statement(db, "SELECT rcid, date, resolution, amendment, paragraph FROM roll_call WHERE source <> 'un-resolutions'").all() as {
      rcid: number;
      date: string;
      resolution: string | null;
      amendment: number | null;
      paragraph: number | null;
    }[];
    for (const row of rows) {
      const key = resolutionKey(row.resolution);
      // A vote on an amendment or a paragraph is not the vote on the resolution.
      if (!key || row.amendment === 1 || row.paragraph === 1) continue;
      push(this.byKey, `${key}@${row.date}`, row.rcid);
      push(this.byBase, `${resolutionBase(key)}@${row.date}`, row.rcid);
    }
  }

  /**
   * The roll call that records the same vote: same key and day; failing that, the only one of the
   * same resolution number that day (one source wrote "77/263", the other "77/263A").
   */
  match(key: string, date: string): number | null {
    const exact = this.byKey.get(`${key}@${date}`);
    if (exact?.length === 1) return exact[0];
    const base = this.byBase.get(`${resolutionBase(key)}@${date}`);
    return !exact && base?.length === 1 ? base[0] : null;
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

type Tally = [yes: number, no: number, abstain: number];
const formatTally = (tally: Tally) => tally.join("-");

export async function importUnResolutions(db: Db, location: string, options: ImportOptions = {}): Promise<FileReport[]> {
  const files = resolutionFiles(location);
  const writer = new UnVotesWriter(db);
  const matcher = new RecordMatcher(db);
  const existence = new ExistenceCheck();
  const tallyOf = statement(db, "SELECT vote, count(*) AS n FROM vote WHERE rcid = ? GROUP BY vote");
  const reports: FileReport[] = [];
  const unresolvedSponsors: string[] = [];
  /** Resolutions read so far: a file that lists one twice (79.json lists 19) is read once, the first copy. */
  const seen = new Set<string>();

  for (const file of files) {
    const opened = await openSource(file.location).catch((error: Error) => {
      throw new ImportError(`${file.name}: ${error.message}`);
    });
    const report = new FileReport(file.name);
    const progress = new Progress(`importing ${file.name}`, options.progress === undefined ? process.stderr : options.progress);
    const lines = await readResolutionLines(opened.stream, file.name);
    const differences: string[] = [];

    db.transaction(() => {
      for (const { line, value } of lines) {
        report.read++;
        const resolution = value as ResolutionLine;
        const symbolText = typeof resolution.symbol === "string" ? resolution.symbol : "";
        if (resolution.adoption_type !== RECORDED) {
          report.skipped++;
          continue;
        }
        const symbol = parseSymbol(symbolText);
        if (!symbol) {
          report.reject(line, `symbol: expected a resolution symbol such as A/RES/78/12 or A/RES/ES-11/1, received ${JSON.stringify(resolution.symbol)}`);
          continue;
        }
        const date = parseAdoptionDate(typeof resolution.adoption_date === "string" ? resolution.adoption_date : "");
        if (!date) {
          report.reject(line, `adoption_date: expected a day such as "29 October 2025", received ${JSON.stringify(resolution.adoption_date)} (${symbolText})`);
          continue;
        }
        if (seen.has(`${symbolText.trim()}@${date}`)) {
          report.notes.push(`${symbolText}: listed again; the first copy is used`);
          report.skipped++;
          continue;
        }
        seen.add(`${symbolText.trim()}@${date}`);
        const session = symbol.regularSession ?? sessionInProgress(date);
        if (session === null) {
          report.reject(line, `${symbolText}: adopted on ${date}, before the first regular session whose opening day the hub knows`);
          continue;
        }

        // The states on each side, each once: a name listed twice is one vote (A/RES/75/290 A lists several twice).
        const votes = new Map<string, { position: 1 | 2 | 3; name: string }>();
        let unknownName: string | null = null;
        let listedTwice = 0;
        for (const [field, position] of POSITIONS) {
          for (const name of stringList(resolution[field])) {
            const code = resolveUnName(name);
            if (!code) unknownName ??= name;
            else if (votes.has(code)) listedTwice++;
            else votes.set(code, { position, name });
          }
        }
        if (unknownName !== null) {
          report.reject(line, `${symbolText}: expected the name of a UN member state, received ${JSON.stringify(unknownName)}`);
          continue;
        }
        const listed: Tally = [0, 0, 0];
        for (const { position } of votes.values()) listed[position - 1]++;
        // The files write "N.A." (or nothing) where a count is nought.
        const counted = [resolution.MS_in_favour_count, resolution.MS_against_count, resolution.MS_abstaining_count].map((count) =>
          typeof count === "string" && /^\d+$/.test(count.trim()) ? Number(count) : 0,
        ) as Tally;
        if (listedTwice > 0) report.notes.push(`${symbolText}: ${listedTwice} states listed more than once, each counted once`);
        if (votes.size > 0 && formatTally(counted) !== formatTally(listed))
          report.notes.push(`${symbolText}: the file counts ${formatTally(counted)} but lists ${formatTally(listed)}; the lists are used`);

        const sponsors = parseSponsors(stringList(resolution.sponsors));
        const additional = parseSponsors(stringList(resolution.additional_sponsors));
        unresolvedSponsors.push(
          ...sponsors.unresolved.map((entry) => `${symbolText}: ${entry}`),
          ...additional.unresolved.map((entry) => `${symbolText}: ${entry}`),
        );
        const note = [...sponsors.notes, ...additional.notes].join("; ") || null;

        const key = resolutionKey(symbolText)!;
        const matched = matcher.match(key, date);
        if (matched !== null) {
          const held: Tally = [0, 0, 0];
          for (const row of tallyOf.all(matched) as { vote: number; n: number }[]) held[row.vote - 1] = row.n;
          if (votes.size > 0 && formatTally(held) !== formatTally(listed))
            differences.push(`${symbolText} (${date}): roll call ${matched} holds ${formatTally(held)}, the UN's file lists ${formatTally(listed)}`);
          const marked = writer.markInUnResolutions(matched);
          const sponsored = writer.sponsors(matched, sponsors.codes, additional.codes, note);
          report.count(marked || sponsored ? "updated" : "unchanged");
          continue;
        }
        if (votes.size === 0) {
          report.notes.push(`${symbolText}: a recorded vote whose lists of states are empty in the file; no roll call made`);
          report.skipped++;
          continue;
        }

        const rcid = rollCallIdOf(symbol);
        const title = optionalText("title", typeof resolution.title === "string" ? resolution.title : "");
        let outcome = writer.rollCall({
          rcid,
          session,
          date,
          resolution: symbolText.trim(),
          shortTitle: "value" in title ? title.value : null,
          // As the Voeten record writes its roll calls from session 74 on: the description is the title.
          // (The agenda item's name, shared by dozens of resolutions, would make every one of them look alike to the whip sheet.)
          description: "value" in title ? title.value : null,
          important: null,
          amendment: null,
          paragraph: null,
          source: "un-resolutions",
          undlId: null,
          specialSession: symbol.regularSession === null ? symbol.sessionLabel : null,
          sponsorNote: note,
        });
        for (const issue of issuesOfSubjects(Array.isArray(resolution.subjects) ? resolution.subjects : []))
          if (writer.issue(rcid, issue) === "inserted" && outcome === "unchanged") outcome = "updated";
        for (const [code, { position, name }] of votes) {
          existence.check(code, date, name);
          writer.countrySource(code, name, "");
          if (writer.vote(rcid, code, position) !== "unchanged" && outcome === "unchanged") outcome = "updated";
        }
        if (writer.sponsors(rcid, sponsors.codes, additional.codes, note) && outcome === "unchanged") outcome = "updated";
        report.count(outcome);
      }
    })();
    options.onCommit?.();
    progress.advance(report.read);
    progress.done();
    if (differences.length > 0)
      report.notes.push(`${differences.length} roll calls recorded by both sources with different tallies: ${differences.join("; ")}`);
    reports.push(report);
  }
  const last = reports.at(-1);
  if (last) {
    existence.noteOn(last);
    if (unresolvedSponsors.length > 0)
      last.notes.push(`${unresolvedSponsors.length} sponsor entries name no state the hub could resolve and were left out: ${unresolvedSponsors.join("; ")}`);
  }
  recordImport(db, {
    dataSet: "un-resolutions",
    source: options.source ?? describeSource(location, "un-votes"),
    rowsRead: reports.reduce((sum, report) => sum + report.read, 0),
    rowsRejected: reports.reduce((sum, report) => sum + report.rejected.length, 0),
  });
  return reports;
}

/**
 * After an import of the unvotes data or the Digital Library: a roll call made from the UN's files
 * that the import now records too (imports run in either order) gives way to it. Its sponsors and
 * note move over, the other roll call is marked as recorded by both, and the UN-only roll call with
 * its votes and tags is removed, so that no vote is counted twice. Returns how many gave way.
 */
export function absorbMatchedResolutions(db: Db): number {
  const matcher = new RecordMatcher(db);
  const candidates = statement(db, "SELECT rcid, date, resolution, sponsor_note FROM roll_call WHERE source = 'un-resolutions'").all() as {
    rcid: number;
    date: string;
    resolution: string;
    sponsor_note: string | null;
  }[];
  let absorbed = 0;
  db.transaction(() => {
    for (const row of candidates) {
      const target = matcher.match(resolutionKey(row.resolution)!, row.date);
      if (target === null) continue;
      statement(
        db,
        "INSERT OR IGNORE INTO roll_call_sponsor (rcid, country_code, kind) SELECT ?, country_code, kind FROM roll_call_sponsor WHERE rcid = ?",
      ).run(target, row.rcid);
      statement(db, "UPDATE roll_call SET in_un_resolutions = 1, sponsor_note = coalesce(sponsor_note, ?) WHERE rcid = ?").run(row.sponsor_note, target);
      for (const table of ["roll_call_sponsor", "roll_call_issue", "vote", "non_vote"]) statement(db, `DELETE FROM ${table} WHERE rcid = ?`).run(row.rcid);
      statement(db, "DELETE FROM roll_call WHERE rcid = ?").run(row.rcid);
      absorbed++;
    }
  })();
  return absorbed;
}
