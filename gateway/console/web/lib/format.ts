/** How numbers read on screen; the CSV keeps them unrounded. */
export function percent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? "n/a" : `${(value * 100).toFixed(digits)}%`;
}

export function decimal(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? "n/a" : value.toFixed(digits);
}

export function count(value: number): string {
  return value.toLocaleString("en");
}

/** "1 session", "2 sessions". */
export function plural(value: number, noun: string): string {
  return `${count(value)} ${noun}${value === 1 ? "" : "s"}`;
}

/** Names inside enum values, written as their owners write them. */
const PROPER_NAMES: readonly [RegExp, string][] = [
  [/\bfreedom house\b/g, "Freedom House"],
  [/\bvdem\b/g, "V-Dem"],
  [/\bun\b/g, "UN"],
  [/\beu\b/g, "EU"],
  [/\bcod\b/g, "CoD"],
];

/** ENUM_VALUE → "Enum value"; FREEDOM_HOUSE_AND_VDEM_AGREE → "Freedom House and V-Dem agree". */
export function label(value: string | null | undefined): string {
  if (!value) return "n/a";
  let words = value.toLowerCase().replace(/_/g, " ");
  for (const [pattern, name] of PROPER_NAMES) words = words.replace(pattern, name);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
