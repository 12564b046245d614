/** Paging the graph's roll calls and votes out of the vote index (the objects themselves: resolvers/mappers.ts). */
import { connectionOf } from "../shared/connection.js";
import { decodeCursor, Edge, encodeCursor, pageAfter, pageSize } from "../shared/pagination.js";
import { inputError } from "../platform/errors.js";
import type { VoteIndex } from "./analytics/vote-index.js";
import { toRollCall } from "./resolvers/mappers.js";
import { POSITION_OF_VOTE, type VotePosition } from "./types/enums.js";
import type { RollCallConnection, Vote, VoteConnection } from "./types/roll-calls.js";
import type { Country } from "./types/country.js";

export const MAX_PAGE = 500;

/** The row of the roll call a cursor names; a cursor for a roll call no longer held is a client error. */
export function rowAfter(index: VoteIndex, after: string | null | undefined): number | null {
  if (!after) return null;
  const rcid = Number(decodeCursor("rc", after));
  const row = index.rowOf.get(rcid);
  if (row === undefined) throw inputError("after", `the roll call this cursor points to is no longer held, received ${JSON.stringify(after)}`);
  return row;
}

/** A page of roll calls (`rows` in date order); newest first reads them backwards, the cursor naming a roll call either way. */
export function rollCallPage(index: VoteIndex, rows: readonly number[], first: number, after?: string | null, newestFirst = false): RollCallConnection {
  const afterRow = rowAfter(index, after);
  const { page, hasNextPage, hasPreviousPage } = newestFirst
    ? pageAfter([...rows].reverse(), (row) => -row, afterRow === null ? null : -afterRow, pageSize(first, MAX_PAGE))
    : pageAfter(rows, (row) => row, afterRow, pageSize(first, MAX_PAGE));
  const edges = page.map((row) => ({ cursor: encodeCursor("rc", index.rollCalls[row].rcid), node: toRollCall(index, row) }));
  return connectionOf(edges, rows.length, hasNextPage, hasPreviousPage);
}

/** The Country behind a vote, from the request's snapshot (see loaders.ts). */
export type Voter = (code: string) => Country | null;

/** A roll call's votes, by country code. */
export function votesOfRollCall(
  index: VoteIndex,
  voter: Voter,
  row: number,
  first: number,
  after: string | null | undefined,
  position: VotePosition | null | undefined,
): VoteConnection {
  const votes: Vote[] = [];
  for (let column = 0; column < index.width; column++) {
    const value = index.vote(row, column);
    const votePosition = POSITION_OF_VOTE[value];
    if (votePosition && (!position || votePosition === position)) {
      const countryCode = index.countryCodes[column];
      votes.push({ countryCode, country: voter(countryCode), row, position: votePosition });
    }
  }
  const afterColumn = after ? (index.columnOf.get(decodeCursor("vote", after)) ?? null) : null;
  if (after && afterColumn === null) throw inputError("after", `expected a cursor from this connection, received ${JSON.stringify(after)}`);
  const { page, hasNextPage, hasPreviousPage } = pageAfter(votes, (vote) => index.columnOf.get(vote.countryCode)!, afterColumn, pageSize(first, MAX_PAGE));
  const edges = page.map((vote) => new Edge("vote", vote.countryCode, vote));
  return connectionOf(edges, votes.length, hasNextPage, hasPreviousPage);
}

/** A country's votes over the given roll calls, oldest first. */
export function votesOfCountry(
  index: VoteIndex,
  voter: Voter,
  code: string,
  rows: readonly number[],
  first: number,
  after: string | null | undefined,
): VoteConnection {
  const column = index.columnOf.get(code);
  const voted = column === undefined ? [] : rows.filter((row) => index.vote(row, column) !== 0);
  const { page, hasNextPage, hasPreviousPage } = pageAfter(voted, (row) => row, rowAfter(index, after), pageSize(first, MAX_PAGE));
  const country = voter(code);
  const edges = page.map(
    (row) => new Edge("rc", index.rollCalls[row].rcid, { countryCode: code, country, row, position: POSITION_OF_VOTE[index.vote(row, column!)]! }),
  );
  return connectionOf(edges, voted.length, hasNextPage, hasPreviousPage);
}
