import { inputError } from "../../platform/errors.js";

const ALPHA3 = /^[A-Za-z]{3}$/;

/** Whether a string has the shape of a country code; says nothing of whether the code exists. */
export function isCountryCodeShape(value: unknown): value is string {
  return typeof value === "string" && ALPHA3.test(value);
}

/**
 * Normalises a client-supplied code to upper case, or rejects it with a message that says what
 * was expected. A well-formed code that no country has is not an error here: lookups return null.
 */
export function parseCountryCode(value: string, argument = "code"): string {
  if (!isCountryCodeShape(value)) {
    throw inputError(argument, `expected an ISO 3166-1 alpha-3 country code (three letters, e.g. "USA"), received ${JSON.stringify(value)}`);
  }
  return value.toUpperCase();
}
