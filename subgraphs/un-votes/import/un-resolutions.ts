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
import { formatTally, readRecordedVote, type RecordedVote, type ResolutionLine, type Tally } from "./recorded-vote.js";
import { RecordMatcher } from "./record-matcher.js";
import { readResolutionLines, resolutionFiles } from "./resolution-files.js";
import { resolutionKey, rollCallIdOf } from "./resolution-symbols.js";
import { UnVotesWriter } from "./writer.js";

export async function importUnResolutions(db: Db, location: string, options: ImportOptions = {}): Promise<FileReport[]> {
  const run = new ResolutionImport(db);
  const reports: FileReport[] = [];
  for (const file of resolutionFiles(location)) {
    reports.push(await run.importFile(file, options));
    options.onCommit?.();
  }
  run.noteOn(reports.at(-1));
  recordImport(db, {
    dataSet: "un-resolutions",
    source: options.source ?? describeSource(location, "un-votes"),
    rowsRead: reports.reduce((sum, report) => sum + report.read, 0),
    rowsRejected: reports.reduce((sum, report) => sum + report.rejected.length, 0),
  });
  return reports;
}

/** One import of the UN's files, file by file, each in one transaction; what it noticed across files goes on the last report. */
class ResolutionImport {
  private readonly writer: UnVotesWriter;
  private readonly matcher: RecordMatcher;
  private readonly existence = new ExistenceCheck();
  private readonly unresolvedSponsors: string[] = [];
  /** Resolutions read so far: a file that lists one twice is read once, the first copy. */
  private readonly seen = new Set<string>();

  constructor(private readonly db: Db) {
    this.writer = new UnVotesWriter(db);
    this.matcher = new RecordMatcher(db);
  }

  async importFile(file: ReturnType<typeof resolutionFiles>[number], options: ImportOptions): Promise<FileReport> {
    const opened = await openSource(file.location).catch((error: Error) => {
      throw new ImportError(`${file.name}: ${error.message}`);
    });
    const report = new FileReport(file.name);
    const progress = new Progress(`importing ${file.name}`, options.progress === undefined ? process.stderr : options.progress);
    const lines = await readResolutionLines(opened.stream, file.name);
    const differences: string[] = [];
    this.db.transaction(() => {
      for (const { line, value } of lines) this.importLine(report, line, value as ResolutionLine, differences);
    })();
    progress.advance(report.read);
    progress.done();
    if (differences.length > 0)
      report.notes.push(`${differences.length} roll calls recorded by both sources with different tallies: ${differences.join("; ")}`);
    return report;
  }

  noteOn(last: FileReport | undefined): void {
    if (!last) return;
    this.existence.noteOn(last);
    if (this.unresolvedSponsors.length > 0)
      last.notes.push(
        `${this.unresolvedSponsors.length} sponsor entries name no state the hub could resolve and were left out: ${this.unresolvedSponsors.join("; ")}`,
      );
  }

  private importLine(report: FileReport, line: number, value: ResolutionLine, differences: string[]): void {
    report.read++;
    const vote = readRecordedVote(value);
    if (vote === null) {
      report.skipped++;
      return;
    }
    if ("reason" in vote) {
      report.reject(line, vote.reason);
      return;
    }
    const key = `${vote.symbolText}@${vote.date}`;
    if (this.seen.has(key)) {
      report.notes.push(`${vote.symbolText}: listed again; the first copy is used`);
      report.skipped++;
      return;
    }
    this.seen.add(key);
    if (vote.listedTwice > 0) report.notes.push(`${vote.symbolText}: ${vote.listedTwice} states listed more than once, each counted once`);
    if (vote.votes.size > 0 && formatTally(vote.counted) !== formatTally(vote.listed))
      report.notes.push(`${vote.symbolText}: the file counts ${formatTally(vote.counted)} but lists ${formatTally(vote.listed)}; the lists are used`);
    for (const entry of [...vote.sponsors.unresolved, ...vote.additional.unresolved]) this.unresolvedSponsors.push(`${vote.symbolText}: ${entry}`);

    const matched = this.matcher.match(resolutionKey(vote.symbolText)!, vote.date);
    if (matched !== null) report.count(this.addToMatched(vote, matched, differences) ? "updated" : "unchanged");
    else if (vote.votes.size === 0) {
      report.notes.push(`${vote.symbolText}: a recorded vote whose lists of states are empty in the file; no roll call made`);
      report.skipped++;
    } else report.count(this.writeRollCall(vote));
  }

  /** A vote the record already holds: it gains the sponsors, and a different tally is noted. */
  private addToMatched(vote: RecordedVote, rcid: number, differences: string[]): boolean {
    const held: Tally = [0, 0, 0];
    const rows = statement<unknown[], { vote: number; n: number }>(this.db, "SELECT vote, count(*) AS n FROM vote WHERE rcid = ? GROUP BY vote").all(rcid);
    for (const row of rows) held[row.vote - 1] = row.n;
    if (vote.votes.size > 0 && formatTally(held) !== formatTally(vote.listed))
      differences.push(`${vote.symbolText} (${vote.date}): roll call ${rcid} holds ${formatTally(held)}, the UN's file lists ${formatTally(vote.listed)}`);
    const marked = this.writer.markInUnResolutions(rcid);
    return this.writer.sponsors(rcid, vote.sponsors.codes, vote.additional.codes, vote.sponsorNote) || marked;
  }

  /** A vote only the UN's files record: a roll call of its own, with its votes, tags and sponsors. */
  private writeRollCall(vote: RecordedVote): "inserted" | "updated" | "unchanged" {
    const rcid = rollCallIdOf(vote.symbol);
    let outcome = this.writer.rollCall({
      rcid,
      session: vote.session,
      date: vote.date,
      resolution: vote.symbolText,
      shortTitle: vote.title,
      // As the Voeten record writes its roll calls from session 74 on: the description is the title.
      // (The agenda item's name, shared by dozens of resolutions, would make every one of them look alike to the whip sheet.)
      description: vote.title,
      important: null,
      amendment: null,
      paragraph: null,
      source: "un-resolutions",
      undlId: null,
      specialSession: vote.symbol.regularSession === null ? vote.symbol.sessionLabel : null,
      sponsorNote: vote.sponsorNote,
    });
    const changed = () => {
      if (outcome === "unchanged") outcome = "updated";
    };
    for (const issue of vote.issues) if (this.writer.issue(rcid, issue) === "inserted") changed();
    for (const [code, { position, name }] of vote.votes) {
      this.existence.check(code, vote.date, name);
      this.writer.countrySource(code, name, "");
      if (this.writer.vote(rcid, code, position) !== "unchanged") changed();
    }
    if (this.writer.sponsors(rcid, vote.sponsors.codes, vote.additional.codes, vote.sponsorNote)) changed();
    return outcome;
  }
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
