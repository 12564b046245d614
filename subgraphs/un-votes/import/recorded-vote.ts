/**
 * One line of the UN's resolution files read as a recorded vote: its symbol, day and session, each
 * state's vote (every name resolved, each state once), the tallies the file states and lists, the
 * sponsors, the title and the issue tags. Pure: what it cannot use it says, and the importer
 * decides what to store.
 */
import { optionalText } from "./fields.js";
import type { IssueCode } from "./issues.js";
import { parseAdoptionDate, parseSymbol, sessionInProgress, type ParsedSymbol } from "./resolution-symbols.js";
import { parseSponsors, type ParsedSponsors } from "./sponsors.js";
import { issuesOfSubjects } from "./subject-issues.js";
import { resolveUnName } from "./un-names.js";

/** The fields of a resolution the import reads; the files carry more. */
export type ResolutionLine = {
  symbol?: unknown;
  title?: unknown;
  adoption_date?: unknown;
  adoption_type?: unknown;
  MS_in_favour?: unknown;
  MS_against?: unknown;
  MS_abstaining?: unknown;
  MS_in_favour_count?: unknown;
  MS_against_count?: unknown;
  MS_abstaining_count?: unknown;
  sponsors?: unknown;
  additional_sponsors?: unknown;
  subjects?: unknown;
};

export type Tally = [yes: number, no: number, abstain: number];
export const formatTally = (tally: Tally) => tally.join("-");

export type RecordedVote = {
  symbolText: string;
  symbol: ParsedSymbol;
  date: string;
  session: number;
  /** Each state once, with the name the file gave it. */
  votes: Map<string, { position: 1 | 2 | 3; name: string }>;
  listed: Tally;
  /** The counts the file states ("N.A." or nothing is nought). */
  counted: Tally;
  /** States named more than once (counted once). */
  listedTwice: number;
  sponsors: ParsedSponsors;
  additional: ParsedSponsors;
  /** Who submitted it when not states. */
  sponsorNote: string | null;
  title: string | null;
  issues: IssueCode[];
};

const RECORDED = "By a recorded vote";
const POSITIONS = [
  ["MS_in_favour", 1],
  ["MS_against", 2],
  ["MS_abstaining", 3],
] as const;

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** `null` for a resolution adopted without a recorded vote; the reason for one that cannot be read. */
export function readRecordedVote(resolution: ResolutionLine): RecordedVote | { reason: string } | null {
  if (resolution.adoption_type !== RECORDED) return null;
  const symbolText = text(resolution.symbol).trim();
  const symbol = parseSymbol(symbolText);
  if (!symbol) return { reason: `symbol: expected a resolution symbol such as A/RES/78/12 or A/RES/ES-11/1, received ${JSON.stringify(resolution.symbol)}` };
  const date = parseAdoptionDate(text(resolution.adoption_date));
  if (!date) return { reason: `adoption_date: expected a day such as "29 October 2025", received ${JSON.stringify(resolution.adoption_date)} (${symbolText})` };
  const session = symbol.regularSession ?? sessionInProgress(date);
  if (session === null) return { reason: `${symbolText}: adopted on ${date}, before the first regular session whose opening day the hub knows` };

  // The states on each side, each once: a name listed twice is one vote (A/RES/75/290 A lists several twice).
  const votes = new Map<string, { position: 1 | 2 | 3; name: string }>();
  let listedTwice = 0;
  for (const [field, position] of POSITIONS) {
    for (const name of stringList(resolution[field])) {
      const code = resolveUnName(name);
      if (!code) return { reason: `${symbolText}: expected the name of a UN member state, received ${JSON.stringify(name)}` };
      if (votes.has(code)) listedTwice++;
      else votes.set(code, { position, name });
    }
  }
  const listed: Tally = [0, 0, 0];
  for (const { position } of votes.values()) listed[position - 1]++;
  const counted = [resolution.MS_in_favour_count, resolution.MS_against_count, resolution.MS_abstaining_count].map((count) =>
    typeof count === "string" && /^\d+$/.test(count.trim()) ? Number(count) : 0,
  ) as Tally;

  const sponsors = parseSponsors(stringList(resolution.sponsors));
  const additional = parseSponsors(stringList(resolution.additional_sponsors));
  const title = optionalText("title", text(resolution.title));
  return {
    symbolText,
    symbol,
    date,
    session,
    votes,
    listed,
    counted,
    listedTwice,
    sponsors,
    additional,
    sponsorNote: [...sponsors.notes, ...additional.notes].join("; ") || null,
    title: "value" in title ? title.value : null,
    issues: issuesOfSubjects(Array.isArray(resolution.subjects) ? resolution.subjects : []),
  };
}
