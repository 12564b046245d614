/**
 * Every vote an import files is checked against its state's existence on the vote's day; votes
 * that fall outside are kept (the source recorded them) and reported, per state, in the file's notes.
 */
import { existedOn } from "../../platform/countries/existence.js";
import type { FileReport } from "../../shared/import/report.js";

export class ExistenceCheck {
  private readonly outside = new Map<string, { count: number; first: string; last: string; sourceName: string }>();

  check(code: string, date: string, sourceName: string): void {
    if (existedOn(code, date)) return;
    const seen = this.outside.get(code);
    if (!seen) this.outside.set(code, { count: 1, first: date, last: date, sourceName });
    else {
      seen.count++;
      if (date < seen.first) seen.first = date;
      if (date > seen.last) seen.last = date;
    }
  }

  /** Adds one note per state with votes outside its existence, or one saying there were none. */
  noteOn(report: FileReport): void {
    if (this.outside.size === 0) {
      report.notes.push("every vote falls within its state's existence");
      return;
    }
    for (const [code, { count, first, last, sourceName }] of this.outside)
      report.notes.push(`${count} votes filed under ${code} (named ${JSON.stringify(sourceName)}) fall outside its existence, ${first} to ${last}`);
  }
}
