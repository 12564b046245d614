/** What the record behind an answer covers, and the sentence that says so when it matters. */
import type { Range, VoteIndex } from "./analytics/vote-index.js";
import type { RecordCoverage } from "./types/united-nations.js";

export function recordCoverage(index: VoteIndex, range: Range, importing: boolean): RecordCoverage {
  const first = index.rollCalls[0];
  const latest = index.rollCalls.at(-1);
  const afterLatestRecord =
    latest !== undefined && ((range.session != null && range.session > latest.session) || (range.from != null && range.from > latest.date));
  const notes: string[] = [];
  if (importing)
    notes.push(
      latest
        ? `General Assembly votes are being imported: this answer comes from the record as it stood before, to ${latest.date}.`
        : "General Assembly votes are being imported and none is held yet: ask again when the import has finished.",
    );
  else if (!latest) notes.push("No General Assembly votes are imported: see the README's Getting data.");
  if (afterLatestRecord && latest)
    notes.push(
      `The record ends on ${latest.date} (session ${latest.session}); ${range.session != null ? `session ${range.session}` : `the period from ${range.from}`} is after it, so nothing there is recorded yet.`,
    );
  return {
    firstRecordDate: first?.date ?? null,
    latestRecordDate: latest?.date ?? null,
    latestSession: latest?.session ?? null,
    importInProgress: importing,
    afterLatestRecord,
    note: notes.length > 0 ? notes.join(" ") : null,
  };
}
