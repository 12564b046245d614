/**
 * What every command checks its input with, and the errors it refuses with: each says which
 * argument was wrong, what was expected and what was received.
 */
import { GraphQLError } from "graphql";
import { findCountry } from "../../platform/countries/reference.js";
import { isCountryCodeShape } from "../../shared/countries/country-code.js";
import { ErrorCode, inputError } from "../../platform/errors.js";

/** The longest text each kind of field takes, in characters. */
export const LIMITS = { title: 300, text: 20_000, grounds: 5_000, name: 300, url: 2_000, short: 300 } as const;

/**
 * Characters no stored text may hold: control characters (a tab or a line break is kept in prose,
 * never in a one-line field) and the bidirectional overrides and isolates, which make a record
 * read differently from what it holds ("Trojan Source").
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const LINE_BREAK = /[\t\n\r]/;

function checkCharacters(field: string, text: string, prose: boolean): void {
  const found = CONTROL.exec(text) ?? (prose ? null : LINE_BREAK.exec(text));
  if (found) {
    const code = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    throw bad(
      field,
      `expected ${prose ? "text" : "one line of text"} without control or direction-override characters, received ${code} at character ${found.index + 1}`,
    );
  }
}

export const bad = (field: string, message: string) => inputError(field, message);
export const notFound = (field: string, message: string) => inputError(field, message, ErrorCode.NotFound);

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

/** Text for a field, trimmed: not empty, at most `max` characters, no control characters (line breaks only in prose: longer than a title). */
export function requireText(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed === "") throw bad(field, "expected some text, received none");
  if (trimmed.length > max) throw bad(field, `expected at most ${max} characters, received ${trimmed.length}`);
  checkCharacters(field, trimmed, max > LIMITS.title);
  return trimmed;
}

/** Like requireText, but absent or blank is null. */
export function optionalTextOf(field: string, value: string | null | undefined, max: number): string | null {
  return value?.trim() ? requireText(field, value, max) : null;
}

/** An http or https address, at most 2,000 characters; absent or blank is null. A `javascript:` or `data:` address is refused. */
export function optionalUrl(field: string, value: string | null | undefined): string | null {
  const text = optionalTextOf(field, value, LIMITS.url);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw bad(field, `expected an http or https address, received ${JSON.stringify(text.slice(0, 80))}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw bad(field, `expected an http or https address, received one with the scheme ${JSON.stringify(url.protocol.slice(0, -1).slice(0, 40))}`);
  return text;
}

export function requireCountry(field: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!isCountryCodeShape(code)) throw bad(field, `expected an ISO 3166-1 alpha-3 country code, received ${JSON.stringify(value)}`);
  if (!findCountry(code)) throw bad(field, `no country has the code ${JSON.stringify(value)}`);
  return code;
}

export function requireDay(field: string, value: Date | null | undefined): string {
  const day = (value ?? new Date()).toISOString().slice(0, 10);
  if (day < "2000-01-01" || day > "2100-12-31") throw bad(field, `expected a day from 2000-01-01 to 2100-12-31, received ${day}`);
  return day;
}
