/**
 * The backsliding watch (principle 6a, the internal dimension): for members, applicants and
 * suspended members, a status downgrade or a worsening of political rights or civil liberties in
 * Freedom House's ratings between the start and the end of the window.
 */
import type { FreedomRatingRow, StandingRow } from "../records.js";

const RANK = { FREE: 0, PARTLY_FREE: 1, NOT_FREE: 2 } as const;
const NAME = { FREE: "Free", PARTLY_FREE: "Partly Free", NOT_FREE: "Not Free" } as const;

export type Flag = { countryCode: string; standing: string; reasons: string[]; worsening: number; series: FreedomRatingRow[] };

export function backslidingFlag(decision: StandingRow, ratings: readonly FreedomRatingRow[], window: number, toYear: number | null | undefined): Flag | null {
  const end = [...ratings].reverse().find((r) => toYear == null || r.year <= toYear);
  if (!end) return null;
  const series = ratings.filter((r) => r.year >= end.year - window && r.year <= end.year);
  const start = series[0];
  if (!start || start.year === end.year) return null;
  const reasons: string[] = [];
  const span = `(${start.year} → ${end.year})`;
  if (RANK[end.status] > RANK[start.status]) reasons.push(`status ${NAME[start.status]} → ${NAME[end.status]} ${span}`);
  if (end.political_rights > start.political_rights) reasons.push(`political rights ${start.political_rights} → ${end.political_rights} ${span}`);
  if (end.civil_liberties > start.civil_liberties) reasons.push(`civil liberties ${start.civil_liberties} → ${end.civil_liberties} ${span}`);
  if (reasons.length === 0) return null;
  const worsening = end.political_rights - start.political_rights + (end.civil_liberties - start.civil_liberties);
  return { countryCode: decision.country_code, standing: decision.status, reasons, worsening, series };
}
