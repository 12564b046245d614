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

/** ENUM_VALUE → "Enum value". */
export function label(value: string | null | undefined): string {
  if (!value) return "n/a";
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
