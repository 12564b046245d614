/**
 * When a state existed, where the hub knows it: a historical state from its table (from its first
 * day to the day its successor took over), and the current states that began when a state the hub
 * keeps apart dissolved or merged. Other current states are taken to exist at every date the data
 * gives: the check catches votes filed under the wrong side of a succession, not every date.
 */
import { HISTORICAL_STATES } from "./historical-states.js";

/**
 * Current states whose existence began with a succession the hub records (checked 2026-12-02
 * against the UN's member-state list and the ISO 3166-3 dates of the states they replaced):
 * Germany's unification, Yemen's, the Czech Republic and Slovakia from Czechoslovakia's end, and
 * Montenegro and Serbia from Serbia and Montenegro's (Serbia continuing its UN membership).
 */
export const BEGUN_BY_SUCCESSION: Readonly<Record<string, string>> = {
  DEU: "1990-10-03",
  YEM: "1990-05-22",
  CZE: "1993-01-01",
  SVK: "1993-01-01",
  MNE: "2006-06-03",
  SRB: "2006-06-05",
};

const HISTORICAL = new Map(HISTORICAL_STATES.map((state) => [state.code, state]));

/** Whether the state `code` existed on `date` (YYYY-MM-DD), as far as the hub knows. */
export function existedOn(code: string, date: string): boolean {
  const historical = HISTORICAL.get(code);
  if (historical) return date >= historical.existedFrom && date < historical.existedUntil;
  const began = BEGUN_BY_SUCCESSION[code];
  return began === undefined || date >= began;
}

/**
 * The state that held a seat a source names with one code across successions: the unvotes data
 * names every vote of Yugoslavia, of the Federal Republic of Yugoslavia, of Serbia and Montenegro
 * and of Serbia `YU`. The state follows from the date: Yugoslavia (YUG, the Socialist Federal
 * Republic to 1992 and the Federal Republic, seated again from 1 November 2000) until 4 February
 * 2003, Serbia and Montenegro (SCG) until 5 June 2006, Serbia (SRB) after.
 */
export function yugoslavSeatHolder(date: string): string {
  if (date < HISTORICAL.get("YUG")!.existedUntil) return "YUG";
  if (date < HISTORICAL.get("SCG")!.existedUntil) return "SCG";
  return "SRB";
}
