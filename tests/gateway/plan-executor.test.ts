/**
 * The plan executor (gateway/plan-execution/) gives the same answers as Apollo Gateway's own
 * path, byte for byte and errors included, with the same subgraph calls: an answer it cannot use
 * is replayed into Apollo's path, never fetched twice. The generated operations of the
 * conformance harness (tests/conformance/) compare it over many more shapes; these are the hub's
 * own workloads and the ways back to Apollo's path.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { useHub } from "../hub-hooks.js";
import type { RunningHub } from "../harness.js";
import { FIXTURES } from "../shared-data.js";

type Case = { query: string; variables?: Record<string, unknown>; byPlan: boolean; why: string };

const CASES: Case[] = [
  {
    why: "the whip dashboard: a caucus from the alliance, its voting from un-votes (an entity fetch)",
    query: `{ unDemocracyCaucus { memberCodes generalAssemblyVoting(session: 56) { countedRollCallCount cohesion defections { country { code name } defectionCount } } } }`,
    byPlan: true,
  },
  {
    why: "country profiles: four root fetches in parallel, their lists merged element by element",
    query: `{ countries(codes: ["USA", "POL", "IND", "XWG"]) { code name codGoverningCouncilSeat { source { checkedOn } } unMember d10Role aodMembership { status } } d10 { participants { name kind country { code } } } alliance { members { code } } }`,
    byPlan: true,
  },
  {
    why: "one subgraph, but the planner sends the fragment's fields first: shaped back into the client's order",
    query: `query Named($first: Int) { a: rollCalls(first: $first) { edges { node { id } } } ...Stats } fragment Stats on Query { unVotesStats { rollCallCount voteCount } }`,
    variables: { first: 2 },
    byPlan: true,
  },
  {
    why: "aliases, __typename and @include with a variable across two subgraphs",
    query: `query Named($withName: Boolean!) { t: __typename countries(codes: ["USA", "DEU"]) { __typename c: code name @include(if: $withName) unMember aodMembership { status } } }`,
    variables: { withName: false },
    byPlan: true,
  },
  {
    why: "a subgraph's error: Apollo's path reports it, from the answers already received",
    query: `{ countries(codes: ["USA"]) { code unMember } rollCalls(first: 501) { totalCount } }`,
    byPlan: false,
  },
  {
    why: "variables Apollo Gateway refuses: its own error, and no subgraph call",
    query: `query Named($session: Int!) { unDemocracyCaucus { memberCodes generalAssemblyVoting(session: $session) { cohesion } } }`,
    variables: { session: "fifty-six" },
    byPlan: false,
  },
];

async function post(hub: RunningHub, { query, variables }: Case): Promise<{ status: number; text: string }> {
  const response = await fetch(hub.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables, operationName: query.includes("Named") ? "Named" : undefined }),
  });
  return { status: response.status, text: await response.text() };
}

function subgraphCalls(hub: RunningHub): number {
  return [...hub.gateway.dataSources.values()].reduce((sum, source) => sum + source.requestCount, 0);
}

describe("the plan executor for queries over several subgraphs", () => {
  const fast = useHub();
  const apolloOnly = useHub({ HUB_GATEWAY_DIRECT_FETCH: "false" });

  beforeAll(async () => {
    for (const hub of [fast(), apolloOnly()]) await importUnVotes(hub.stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), { progress: null });
  });

  it("answers exactly as Apollo Gateway does, with the same subgraph calls", async () => {
    const executor = fast().gateway.directPath!;
    for (const testCase of CASES) {
      const [fastCallsBefore, apolloCallsBefore, plannedBefore] = [subgraphCalls(fast()), subgraphCalls(apolloOnly()), executor.planCount];
      const answer = await post(fast(), testCase);
      const expected = await post(apolloOnly(), testCase);
      expect(answer, testCase.why).toEqual(expected);
      expect(subgraphCalls(fast()) - fastCallsBefore, testCase.why).toBe(subgraphCalls(apolloOnly()) - apolloCallsBefore);
      expect(executor.planCount - plannedBefore, testCase.why).toBe(testCase.byPlan ? 1 : 0);
      // The answers compared are real ones: data for the executor's, errors for the others.
      const body = JSON.parse(answer.text) as { data?: unknown; errors?: unknown[] };
      if (testCase.byPlan) expect(body.errors, testCase.why).toBeUndefined();
      else expect(body.errors?.length, testCase.why).toBeGreaterThan(0);
    }
  });

  it("reports a subgraph that is down once, as Apollo Gateway does", async () => {
    await fast().subgraphServices.d10.stop();
    await apolloOnly().subgraphServices.d10.stop();
    const testCase: Case = { why: "d10 down", query: `{ countries(codes: ["USA", "DEU"]) { code d10Role unMember } }`, byPlan: false };
    const source = fast().gateway.dataSources.get("d10")!;
    const apolloSource = apolloOnly().gateway.dataSources.get("d10")!;
    const [before, apolloBefore, plannedBefore] = [source.requestCount, apolloSource.requestCount, fast().gateway.directPath!.planCount];
    const answer = await post(fast(), testCase);
    expect(answer).toEqual(await post(apolloOnly(), testCase));
    expect(JSON.parse(answer.text).errors[0]).toMatchObject({ extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "d10" } });
    expect(fast().gateway.directPath!.planCount - plannedBefore).toBe(0);
    // The failed call is replayed into Apollo's path: as many calls to d10 as Apollo's path alone makes (the failover's retry among them).
    expect(source.requestCount - before).toBe(apolloSource.requestCount - apolloBefore);
  });
});
