/** Ranking figures for the labelled plans: of the first k matches, how many are expected (precision), and how many of the expected are there (recall). */
export type Ranked = { returned: readonly string[]; expected: readonly string[] };

export function precisionAt(k: number, { returned, expected }: Ranked): number {
  const wanted = new Set(expected);
  return returned.slice(0, k).filter((id) => wanted.has(id)).length / k;
}

export function recallAt(k: number, { returned, expected }: Ranked): number {
  if (expected.length === 0) throw new Error("recall: a plan needs at least one expected match");
  const top = new Set(returned.slice(0, k));
  return expected.filter((id) => top.has(id)).length / expected.length;
}

/** Whether the first match is one of the expected. */
export function hitAtOne({ returned, expected }: Ranked): number {
  return returned.length > 0 && expected.includes(returned[0]) ? 1 : 0;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
