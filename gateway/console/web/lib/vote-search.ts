/**
 * The vote search's question as its URL holds it (`/roll-calls?q=…&session=…`), read and checked
 * before anything is asked of the hub, so that a mistake is said in words beside the form rather
 * than as the API's variable error. Pure: the tests check it without a browser.
 */
import { checkPeriod } from "./dates.js";
import { isUnIssue } from "./issues.js";

export type VoteOrder = "NEWEST_FIRST" | "OLDEST_FIRST";

export type VoteSearch = {
  /** Words as typed: one phrase, found in the symbol, short title or description. */
  q: string;
  session: number | null;
  from: string | null;
  to: string | null;
  issue: string | null;
  /** A sponsoring state's alpha-3 code. */
  sponsor: string | null;
  order: VoteOrder;
};

/** The longest phrase searched for: longer text is a paste gone wrong, not a search. */
export const MAX_QUERY_LENGTH = 200;

export function readVoteSearch(params: URLSearchParams): { search: VoteSearch; problems: string[] } {
  const problems: string[] = [];
  const text = (name: string) => params.get(name)?.trim() ?? "";

  const q = text("q");
  if (q.length > MAX_QUERY_LENGTH) problems.push(`Words: expected at most ${MAX_QUERY_LENGTH} characters, received ${q.length}.`);

  const sessionText = text("session");
  let session: number | null = null;
  if (sessionText !== "") {
    session = /^\d{1,3}$/.test(sessionText) ? Number(sessionText) : NaN;
    if (!Number.isInteger(session) || session < 1) {
      problems.push(`Session: expected a session number such as 79, received "${sessionText}".`);
      session = null;
    }
  }

  const { from, to } = checkPeriod({ label: "From", value: text("from") }, { label: "To", value: text("to") }, "2024-09-30", problems);

  const issueText = text("issue");
  const issue = issueText === "" ? null : isUnIssue(issueText) ? issueText : null;
  if (issueText !== "" && issue === null) problems.push(`Issue: expected one of the record's six issue tags, received "${issueText}".`);

  const sponsorText = text("sponsor").toUpperCase();
  const sponsor = sponsorText === "" ? null : /^[A-Z]{3}$/.test(sponsorText) ? sponsorText : null;
  if (sponsorText !== "" && sponsor === null) problems.push(`Sponsor: expected a state's three-letter code such as UKR, received "${text("sponsor")}".`);

  const order: VoteOrder = text("order") === "OLDEST_FIRST" ? "OLDEST_FIRST" : "NEWEST_FIRST";
  return { search: { q, session, from, to, issue, sponsor, order }, problems };
}

/** The API's RollCallFilter for a search: only the conditions given. */
export function rollCallFilter(search: VoteSearch): Record<string, string | number> {
  const filter: Record<string, string | number> = {};
  if (search.q) filter.text = search.q;
  if (search.session !== null) filter.session = search.session;
  if (search.from) filter.from = search.from;
  if (search.to) filter.to = search.to;
  if (search.issue) filter.issue = search.issue;
  if (search.sponsor) filter.sponsor = search.sponsor;
  return filter;
}

/** The search's conditions in words ("all roll calls" without any). */
export function searchConditions(search: VoteSearch): string {
  const parts = [
    search.q ? `containing "${search.q}"` : null,
    search.session !== null ? `in session ${search.session}` : null,
    search.from ? `from ${search.from}` : null,
    search.to ? `to ${search.to}` : null,
    search.issue ? `tagged ${search.issue.toLowerCase().replace(/_/g, " ")}` : null,
    search.sponsor ? `sponsored by ${search.sponsor}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "all roll calls";
}

/** What the search asks, in words, for the results' caption. */
export function describeSearch(search: VoteSearch): string {
  return `${searchConditions(search)}, ${search.order === "NEWEST_FIRST" ? "newest first" : "oldest first"}`;
}
