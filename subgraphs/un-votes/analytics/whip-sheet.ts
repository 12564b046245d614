/**
 * The whip's sheet for a coming vote, the one entry to this analysis: the precedents, each
 * member's forecast (member-forecast.ts) and its confidence calibrated on earlier sessions
 * (calibration.ts, which replays the same forecast).
 */
import { calibrationFor } from "./calibration.js";
import { tallyGroup } from "./group-voting.js";
import { forecast, NO_SPONSORSHIP, POOL_SIZE, precedentRows, type MemberForecast } from "./member-forecast.js";
import { similarRollCalls, type SimilarRollCall } from "./similarity.js";
import { sponsorRecord } from "./sponsorship.js";
import type { Range, VoteIndex } from "./vote-index.js";
import type { IssueCode } from "../import/issues.js";

/** The most precedents a sheet lists (`WhipSheetInput.similar`). */
export const MOST_PRECEDENTS = 100;
/**
 * What a sheet costs beyond what it returns, in the cost check's units (one item computed): its
 * calibration replays about 100,000 member forecasts (six sessions of roll calls, every state that
 * voted on each), once per data snapshot and cut-off session but priced on every request, since
 * a price cannot know what is cached.
 */
export const WHIP_SHEET_WORK = 100_000;
/** What a sheet is asked for, arguments already checked. */
export type WhipSheetRequest = { codes: string[]; text: string; issues: IssueCode[]; similar: number; range: Range; sponsors: string[] };

/** A computed sheet: rows of the index, votes as numbers; the resolver turns them into the schema's objects. */
export type WhipSheetResult = {
  precedents: (SimilarRollCall & { groupPosition: number })[];
  expected: number;
  members: (MemberForecast & { calibrated: number | null })[];
};

/**
 * The whole sheet, the one entry to this analysis (the resolver and the worker thread call it):
 * precedents ranked by similarity among the recent sessions (or those from `from`), each member's
 * forecast, and its confidence calibrated on the sessions before the cut-off (calibration.ts).
 */
export function computeWhipSheet(index: VoteIndex, request: WhipSheetRequest): WhipSheetResult {
  const { rows, latestSession } = precedentRows(index, index.rows(request.range), Boolean(request.range.from));
  const pool = similarRollCalls(index, { text: request.text, issues: request.issues }, rows, Math.max(POOL_SIZE, request.similar));
  const similar = pool.slice(0, request.similar);
  const tallies = tallyGroup(
    index,
    index.columns(request.codes),
    similar.map((match) => match.row),
  );
  // What sponsorship was worth in the record before the vote (before its cut-off, or the latest roll call held).
  const cutOff = request.range.to ?? "9999-12-31";
  const sponsorship = request.sponsors.length > 0 ? { codes: new Set(request.sponsors), yesRate: sponsorRecord(index, cutOff).yesRate } : NO_SPONSORSHIP;
  const { expected, members } = forecast(index, request.codes, pool, similar.length, latestSession, rows, sponsorship);
  const calibrated = calibrationFor(index, latestSession);
  return {
    precedents: similar.map((match, i) => ({ ...match, groupPosition: tallies[i].position })),
    expected,
    members: members.map((member) => ({
      ...member,
      calibrated: member.confidence === null ? null : member.sponsor ? member.confidence : calibrated(member.confidence),
    })),
  };
}
