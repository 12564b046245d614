/**
 * General Assembly resolution symbols and what follows from them: the key two sources share for
 * one resolution, the session it belongs to, and the stable roll-call id of a vote that only the
 * UN's resolution files record.
 */

/**
 * "A/RES/74/123", the older unvotes form "R/74/123", "A/RES/75/254[A]" and "A/RES/75/254 A" all
 * name resolutions by session and number, with a part letter (or range "A-C") for resolutions
 * adopted in parts: the key keeps those, without prefix, brackets or spaces ("75/254A").
 */
export function resolutionKey(symbol: string | null): string | null {
  if (!symbol) return null;
  const key = symbol
    .trim()
    .toUpperCase()
    .replace(/^A\/RES\//, "")
    .replace(/^R\//, "")
    .replace(/[\s[\]]/g, "");
  return key === "" ? null : key;
}

/** The key without its part: "75/254A-C" → "75/254". */
export function resolutionBase(key: string): string {
  return key.replace(/[A-Z](-[A-Z])?$/, "");
}

export type ParsedSymbol = {
  /** "78", "ES-11", "S-32". */
  sessionLabel: string;
  /** The regular session's number, or null for an emergency or special session. */
  regularSession: number | null;
  number: number;
  /** "", "A", "B", or a range "A-C". */
  part: string;
};

export function parseSymbol(symbol: string): ParsedSymbol | null {
  const match = /^A\/RES\/((?:ES-|S-)?\d+)\/(\d+)\s*\[?([A-Z](?:-[A-Z])?)?\]?$/.exec(symbol.trim().toUpperCase());
  if (!match) return null;
  const sessionLabel = match[1];
  return { sessionLabel, regularSession: /^\d+$/.test(sessionLabel) ? Number(sessionLabel) : null, number: Number(match[2]), part: match[3] ?? "" };
}

/** Ids of roll calls recorded only in the UN's resolution files start here: above the unvotes ids (under 10,000), below the Digital Library's (1,000,000,000 on). */
export const UN_RESOLUTIONS_RCID_BASE = 100_000_000;

/**
 * A roll call's id from its symbol alone, so that every store gives the same vote the same id
 * whatever it imported before: base + session × 100,000 + number × 10 + part (A = 1 … a range 9),
 * with emergency special sessions counted from 900 and special sessions from 800.
 */
export function rollCallIdOf(symbol: ParsedSymbol): number {
  const [, kind, n] = /^(ES-|S-)?(\d+)$/.exec(symbol.sessionLabel)!;
  const session = Number(n) + (kind === "ES-" ? 900 : kind === "S-" ? 800 : 0);
  const part = symbol.part === "" ? 0 : symbol.part.includes("-") ? 9 : symbol.part.charCodeAt(0) - 64;
  return UN_RESOLUTIONS_RCID_BASE + session * 100_000 + symbol.number * 10 + Math.min(part, 9);
}

/**
 * The days the regular sessions the UN's files cover opened (the General Assembly's own record of
 * its sessions, un.org/en/ga/sessions, checked 2026-12-02): a vote of an emergency or special
 * session is counted in the regular session then in progress, as the unvotes data counts them.
 */
const SESSION_OPENED: readonly [session: number, opened: string][] = [
  [74, "2019-09-17"],
  [75, "2020-09-15"],
  [76, "2021-09-14"],
  [77, "2022-09-13"],
  [78, "2023-09-05"],
  [79, "2024-09-10"],
  [80, "2025-09-09"],
];

/** The regular session in progress on `date`, or null before the first the table knows. */
export function sessionInProgress(date: string): number | null {
  let session: number | null = null;
  for (const [number, opened] of SESSION_OPENED) if (date >= opened) session = number;
  return session;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "29 October 2025" (non-breaking spaces included) or "2019-11-07 00:00:00" → "2025-10-29"; null otherwise. */
export function parseAdoptionDate(raw: string): string | null {
  const text = raw.replace(/\u00a0/g, " ").trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?: 00:00:00)?$/.exec(text);
  const written = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text);
  let year: number, month: number, day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (written && MONTHS.includes(written[2].toLowerCase()))
    [year, month, day] = [Number(written[3]), MONTHS.indexOf(written[2].toLowerCase()) + 1, Number(written[1])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
