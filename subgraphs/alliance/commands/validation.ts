/**
 * What every command checks its input with, and the errors it refuses with: each says which
 * argument was wrong, what was expected and what was received.
 */
import { GraphQLError } from "graphql";
import { findCountry } from "../../platform/countries/reference.js";
import { isCountryCodeShape } from "../../shared/countries/country-code.js";
import { ErrorCode, inputError } from "../../platform/errors.js";

/** The longest text each kind of field takes, in characters. */
export const LIMITS = { title: 300, text: 20_000, grounds: 5_000, name: 300 } as const;

export const bad = (field: string, message: string) => inputError(field, message);
export const notFound = (field: string, message: string) => inputError(field, message, ErrorCode.NotFound);

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

export function requireText(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed === "") throw bad(field, "expected some text, received none");
  if (trimmed.length > max) throw bad(field, `expected at most ${max} characters, received ${trimmed.length}`);
  return trimmed;
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

/** Trimmed optional text, or null when absent or blank. */
export function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
