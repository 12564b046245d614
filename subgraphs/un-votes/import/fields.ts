/** Field parsers shared by the vote importers: each returns a value or the reason it is not one. */
export type Parsed<T> = { value: T } | { reason: string };

export function positiveInteger(name: string, raw: string, max = Number.MAX_SAFE_INTEGER): Parsed<number> {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value <= 0 || value > max)
    return { reason: `${name}: expected a whole number from 1 to ${max}, received ${JSON.stringify(raw)}` };
  return { value };
}

export function isoDate(name: string, raw: string): Parsed<string> {
  const trimmed = raw.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const date = match ? new Date(`${trimmed}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== trimmed) {
    return { reason: `${name}: expected a date YYYY-MM-DD, received ${JSON.stringify(raw)}` };
  }
  const year = Number(match[1]);
  if (year < 1945 || year > 2100) return { reason: `${name}: expected a date from 1945 on (the UN's founding), received ${trimmed}` };
  return { value: trimmed };
}

/** "0", "1", or empty for unknown. */
export function optionalFlag(name: string, raw: string): Parsed<0 | 1 | null> {
  const trimmed = raw.trim();
  if (trimmed === "") return { value: null };
  if (trimmed === "0" || trimmed === "1") return { value: Number(trimmed) as 0 | 1 };
  return { reason: `${name}: expected 0, 1 or empty, received ${JSON.stringify(raw)}` };
}

export const MAX_TEXT_LENGTH = 20_000;

export function optionalText(name: string, raw: string): Parsed<string | null> {
  if (raw.length > MAX_TEXT_LENGTH) return { reason: `${name}: expected at most ${MAX_TEXT_LENGTH} characters, received ${raw.length}` };
  const trimmed = raw.trim();
  return { value: trimmed === "" ? null : trimmed };
}

/** Collects parsed fields, stopping at the first reason a row is rejected. */
export function all<T extends Record<string, Parsed<unknown>>>(
  fields: T,
): { values: { [K in keyof T]: T[K] extends Parsed<infer V> ? V : never } } | { reason: string } {
  const values: Record<string, unknown> = {};
  for (const [key, parsed] of Object.entries(fields)) {
    if ("reason" in parsed) return { reason: parsed.reason };
    values[key] = parsed.value;
  }
  return { values: values as { [K in keyof T]: T[K] extends Parsed<infer V> ? V : never } };
}
