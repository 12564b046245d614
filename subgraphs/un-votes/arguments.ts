/** Turning the graph's arguments into analysis inputs, with errors that say what was expected. */
import { MOST_LIST_ARGUMENT_ITEMS } from "../platform/list-arguments.js";
import { parseCountryCode } from "../shared/countries/country-code.js";
import { findCountry } from "../platform/countries/reference.js";
import { inputError } from "../platform/errors.js";
import type { Range } from "./analytics/vote-index.js";

export function isoDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export function parseRange(args: { session?: number | null; from?: Date | null; to?: Date | null }): Range {
  if (args.session != null && (!Number.isInteger(args.session) || args.session < 1 || args.session > 500)) {
    throw inputError("session", `expected a General Assembly session from 1 to 500, received ${args.session}`);
  }
  const from = isoDay(args.from);
  const to = isoDay(args.to);
  if (from && to && from > to) throw inputError("from", `expected a day on or before \`to\` (${to}), received ${from}`);
  return { session: args.session ?? null, from, to };
}

/** A known country's code; a malformed or unknown code is an error naming the argument. */
export function knownCountry(code: string, argument: string): string {
  const parsed = parseCountryCode(code, argument);
  if (!findCountry(parsed)) throw inputError(argument, `no country has the code ${JSON.stringify(code)}`);
  return parsed;
}

export const MAX_GROUP = MOST_LIST_ARGUMENT_ITEMS;

export function parseGroup(codes: readonly string[], argument = "codes"): string[] {
  if (codes.length === 0) throw inputError(argument, "expected at least one country code, received an empty list");
  if (codes.length > MAX_GROUP) throw inputError(argument, `expected at most ${MAX_GROUP} country codes, received ${codes.length}`);
  const parsed = codes.map((code, i) => knownCountry(code, `${argument}[${i}]`));
  return [...new Set(parsed)];
}
