/**
 * The gateway's direct path gives the same answers as Apollo Gateway's own path, errors included,
 * with one subgraph call per request either way.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { answerTextCounts } from "../../gateway/direct-fetch/answer-text.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { useHub } from "../hub-hooks.js";
import type { RunningHub } from "../harness.js";
import { FIXTURES } from "../shared-data.js";

/** Each query, and whether its answer comes on the direct path. */
const QUERIES: [string, boolean][] = [
  [
    `{ rollCalls(filter: { session: 56 }, first: 2) { totalCount edges { cursor node { id session votes(first: 3) { edges { node { position country { code name unMember } } } } } } pageInfo { hasNextPage } } }`,
    true,
  ],
  [
    `query Named($first: Int) { ...Stats a: rollCalls(first: $first) { edges { node { id } } } } fragment Stats on Query { unVotesStats { rollCallCount voteCount } }`,
    true,
  ],
  // The planner sends a fragment's fields first: Apollo's path restores the client's order.
  [
    `query Named($first: Int) { a: rollCalls(first: $first) { edges { node { id } } } ...Stats } fragment Stats on Query { unVotesStats { rollCallCount voteCount } }`,
    false,
  ],
  [`{ d10 { name } }`, true],
  // Errors raised by the subgraph: the answer must carry them exactly as Apollo Gateway reports them.
  [`{ rollCalls(first: 501) { totalCount } }`, false],
  [`{ rollCalls(after: "bm9wZQ") { totalCount } unVotesStats { rollCallCount } }`, false],
];

/** The answer as sent, so that the order of keys is compared too. */
async function post(hub: RunningHub, query: string): Promise<{ status: number; text: string }> {
  const variables = query.includes("$first") ? { first: 2 } : undefined;
  const response = await fetch(hub.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables, operationName: query.includes("Named") ? "Named" : undefined }),
  });
  return { status: response.status, text: await response.text() };
}

describe("the direct path for single-subgraph queries", () => {
  const direct = useHub();
  const apolloOnly = useHub({ HUB_GATEWAY_DIRECT_FETCH: "false" });

  beforeAll(async () => {
    for (const hub of [direct(), apolloOnly()]) await importUnVotes(hub.stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), { progress: null });
  });

  it("answers exactly as Apollo Gateway does, with one subgraph call per request", async () => {
    expect(apolloOnly().gateway.directPath).toBeNull();
    const path = direct().gateway.directPath!;
    for (const [query, expectDirect] of QUERIES) {
      const calls = () => [...direct().gateway.dataSources.values()].reduce((sum, source) => sum + source.requestCount, 0);
      const [callsBefore, directBefore, asReceivedBefore] = [calls(), path.directCount, answerTextCounts.writtenAsReceived];
      const answer = await post(direct(), query);
      expect(answer, query).toEqual(await post(apolloOnly(), query));
      expect(calls() - callsBefore, query).toBe(1);
      // Answers with errors are replayed into Apollo's path.
      expect(path.directCount - directBefore, query).toBe(expectDirect ? 1 : 0);
      // A direct answer is written as the subgraph wrote it, and the body above is still Apollo's, byte for byte.
      expect(answerTextCounts.writtenAsReceived - asReceivedBefore, query).toBe(expectDirect ? 1 : 0);
    }
  });

  it("reports a subgraph that is down once, as Apollo Gateway does", async () => {
    await direct().subgraphServices.d10.stop();
    await apolloOnly().subgraphServices.d10.stop();
    const source = direct().gateway.dataSources.get("d10")!;
    const before = source.requestCount;
    const answer = await post(direct(), `{ d10 { name } }`);
    expect(answer).toEqual(await post(apolloOnly(), `{ d10 { name } }`));
    expect(JSON.parse(answer.text).errors[0]).toMatchObject({
      message: "The d10 subgraph could not be reached.",
      extensions: { code: "SUBGRAPH_UNAVAILABLE" },
    });
    expect(source.requestCount - before).toBe(1);
  });
});
