/**
 * The whip sheet's measured accuracy as the README's latest `npm run eval:whip` run states it, for
 * the whip sheet page to show beside its predictions: read from the README at build time, so the
 * page says what was measured and never a figure typed twice. A README whose table no longer has
 * the lines fails the build.
 */
export type WhipAccuracy = {
  /** Sessions of the summary line ending with the last session evaluated ("75–80"). */
  sessions: string;
  /** The sessions held out from every choice ("78–80"). */
  heldOut: string;
  votes: string;
  accuracy: string;
  baseline: string;
  defections: string;
};

const SECTION = "### How good the whip sheet is: `npm run eval:whip`";

export function whipAccuracy(readme: string): WhipAccuracy {
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error(`README.md has no section "${SECTION}" to read the whip sheet's accuracy from`);
  const end = readme.indexOf("\n### ", start + SECTION.length);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const held = /^\*\*Held out: sessions (\d+)–(\d+) \(†\)\.\*\*/m.exec(section);
  if (!held) throw new Error("README.md's whip evaluation does not say which sessions were held out (**Held out: sessions A–B (†).**)");
  // The summary line over the sessions ending with the last held out, e.g.
  // "75–80  644 112,906  92.3%  91.2%  83.4%  82.9%  1.1 pt  0.0%  95.7%  82.4%  72.7%  76.2%":
  // sessions, roll calls, votes, whip sheet, nearest, issues, frequent, vs nearest (2), no pred., yes, no, abstain, defections.
  const summary = section
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .find((cells) => cells.length === 14 && cells[0].endsWith(`–${held[2]}`) && cells[3].endsWith("%"));
  if (!summary) throw new Error(`README.md's whip evaluation has no summary line of 14 columns for sessions ending with ${held[2]}`);
  return {
    sessions: summary[0],
    heldOut: `${held[1]}–${held[2]}`,
    votes: summary[2],
    accuracy: summary[3],
    baseline: summary[4],
    defections: summary[13],
  };
}
