/**
 * A client keeps at most HUB_MAX_EXPENSIVE_PER_CLIENT requests priced at HUB_EXPENSIVE_COST or
 * more in flight; the rest of its traffic, and the overlaps subgraph's own read of the hub, is not
 * counted.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot, readGatewayConfig } from "../../gateway/config.js";
import { readCostDirectives } from "../../gateway/security/cost-directives.js";
import { ExpensiveRequestLimiter } from "../../gateway/security/expensive-requests.js";
import { operationCost } from "../../gateway/security/limits.js";
import { HUB_QUERY } from "../../subgraphs/overlaps/hub-snapshot.js";
import { useHub } from "../hub-hooks.js";

const WHIP_SHEET = `query ($title: String!) { whipSheet(input: { memberCodes: ["USA", "FRA"], title: $title }) { expectedPosition } }`;

describe("the per-client limit on expensive requests", () => {
  it("admits up to the limit per client, each release freeing one place", () => {
    const limiter = new ExpensiveRequestLimiter(2);
    const first = limiter.acquire("address:a")!;
    const second = limiter.acquire("address:a")!;
    expect(limiter.acquire("address:a")).toBeNull();
    expect(limiter.acquire("address:b")).not.toBeNull();
    first();
    first(); // releasing twice frees one place, not two
    expect(limiter.acquire("address:a")).not.toBeNull();
    expect(limiter.acquire("address:a")).toBeNull();
    second();
  });

  it("never counts the overlaps subgraph's read of the hub, nor a README-sized query", () => {
    const supergraphSdl = readFileSync(path.join(projectRoot(), "schema", "supergraph.graphql"), "utf8");
    const schema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
    const { limits } = readGatewayConfig({});
    const cost = (query: string) => operationCost(readCostDirectives(supergraphSdl), limits, { schema, document: parse(query), variables: { title: "x" } });
    expect(cost(HUB_QUERY)).toBeLessThan(limits.expensiveCost / 2);
    expect(cost(WHIP_SHEET)).toBeGreaterThanOrEqual(limits.expensiveCost);
  });

  describe("through the gateway", () => {
    const hub = useHub({ HUB_MAX_EXPENSIVE_PER_CLIENT: "1" }, { subgraphs: ["un-votes"] });

    it("refuses a client's second whip sheet while its first is running, with 429 and a code, then serves it", async () => {
      const post = (title: string) =>
        fetch(hub().gatewayUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: WHIP_SHEET, variables: { title } }),
        }).then(async (response) => ({ status: response.status, body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] } }));
      // Distinct titles: each is computed, none served from another's answer.
      const answers = await Promise.all(["human rights", "nuclear weapons", "Palestine", "decolonization"].map(post));
      const refused = answers.filter((answer) => answer.body.errors?.[0]?.extensions?.code === "TOO_MANY_EXPENSIVE_REQUESTS");
      expect(refused.length).toBeGreaterThan(0);
      for (const answer of refused) expect(answer.status).toBe(429);
      expect(answers.some((answer) => answer.status === 200 && !answer.body.errors)).toBe(true);
      // One at a time, every one is served: each finished request gave its place back.
      for (const title of ["development", "disarmament"]) expect((await post(title)).body.errors).toBeUndefined();
    });
  });
});
