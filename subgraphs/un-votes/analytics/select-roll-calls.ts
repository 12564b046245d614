/** Roll calls matching a filter, as index rows in date order. */
import type { IssueCode } from "../import/issues.js";
import type { Range, VoteIndex } from "./vote-index.js";

export type RollCallSelection = Range & { issue?: IssueCode | null; text?: string | null; countryColumn?: number | null; sponsor?: string | null };

export function selectRollCalls(index: VoteIndex, selection: RollCallSelection): number[] {
  let rows = index.rows(selection);
  if (selection.issue) rows = rows.filter((row) => index.rollCalls[row].issues.includes(selection.issue!));
  if (selection.text) {
    const needle = selection.text.toLowerCase();
    rows = rows.filter((row) => {
      const rc = index.rollCalls[row];
      return [rc.resolution, rc.shortTitle, rc.description].some((field) => field?.toLowerCase().includes(needle));
    });
  }
  if (selection.sponsor) {
    const code = selection.sponsor;
    rows = rows.filter((row) => index.rollCalls[row].sponsors.includes(code) || index.rollCalls[row].additionalSponsors.includes(code));
  }
  if (selection.countryColumn != null) {
    const column = selection.countryColumn;
    rows = column < 0 ? [] : rows.filter((row) => index.vote(row, column) !== 0);
  }
  return rows;
}
