/**
 * The cost the subgraphs declare travels with the supergraph: Hive Gateway, given the hub's
 * supergraph and nothing else about the hub, enforces the same `@listSize` and `@cost` with its
 * own demand control. A request the hub's gateway refuses for its size is refused there too, and
 * one it answers is answered, with Hive's estimate in the answer's extensions.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../gateway/config.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { startHive, supergraphFor, type RunningGateway } from "../bench/gateway-bench/peers.js";
import { useHub } from "../hub-hooks.js";
import { FIXTURES, realData } from "../shared-data.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";

type Answer = { data?: unknown; errors?: { extensions?: { code?: string } }[]; extensions?: { cost?: { estimated?: number } } };

const post = async (url: string, query: string): Promise<Answer> =>
  (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) })).json() as Promise<Answer>;

const SHEET = (title: string) => `whipSheet(input: { memberCodes: ["USA", "FRA"], title: "${title}" }) { expectedPosition }`;

describe("Hive Gateway's demand control on the hub's supergraph", () => {
  const hub = useHub();
  let hive: RunningGateway;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "hub-hive-demand-"));

  beforeAll(async () => {
    await importUnVotes(hub().stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), { progress: null });
    // The registry, for the UN's 193 members (the last test's query lists them).
    await importCowIgo(hub().stores.overlaps, realData("cow_igo"), { progress: null });
    const supergraph = supergraphFor(projectRoot(), hub().subgraphUrls, path.join(folder, "supergraph.graphql"));
    hive = await startHive(projectRoot(), supergraph, false, path.join(projectRoot(), "tests", "gateway", "hive-demand-control.config.ts"));
  }, 90_000);
  afterAll(() => {
    hive?.child.kill("SIGTERM");
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("refuses what the directives price above the limit, as the hub does", async () => {
    const refusedByBoth = [
      // 500 roll calls × 500 votes: `first` as the slicing argument of both connections.
      `{ rollCalls(first: 500) { nodes { votes(first: 500) { nodes { position } } } } }`,
      // Two whip sheets: `@cost(weight: 100000)` each.
      `{ a: ${SHEET("nuclear weapons")} b: ${SHEET("human rights")} }`,
    ];
    for (const query of refusedByBoth) {
      expect((await hub().query(query)).errors?.[0]?.extensions?.code, query).toBe("QUERY_TOO_COSTLY");
      expect((await post(hive.url, query)).errors?.[0]?.extensions?.code, query).toBe("COST_ESTIMATED_TOO_EXPENSIVE");
    }
  });

  it("answers what fits, and prices it from the same directives", async () => {
    const sheet = await post(hive.url, `{ ${SHEET("nuclear weapons")} }`);
    expect(sheet.errors).toBeUndefined();
    // The whip sheet's declared work, plus the object it returns.
    expect(sheet.extensions?.cost?.estimated).toBe(100_001);
    const page = await post(hive.url, `{ rollCalls(first: 40) { nodes { id } } }`);
    expect(page.errors).toBeUndefined();
    expect(page.extensions?.cost?.estimated).toBe(1 + 40);
  });

  it("differs where a list crosses subgraphs: Hive prices each subgraph call, and cannot see how many entities one will carry", async () => {
    // The probe's query: ten aliased lists of the UN's members (193 each, from overlaps), each member's 500 votes (from un-votes).
    const query = `{ ${Array.from({ length: 10 }, (_, i) => `b${i}: body(id: "cow:UN") { members { votes(first: 500) { nodes { position } } } }`).join(" ")} }`;
    expect((await hub().query(query)).errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
    // Hive prices the members' fetch by their @listSize, but the votes' fetch as `_entities`, a
    // list without one (its default size, 10): far below what the members' 1,930 entities hold.
    const hiveAnswer = await post(hive.url, query);
    expect(hiveAnswer.errors?.[0]?.extensions?.code).not.toBe("COST_ESTIMATED_TOO_EXPENSIVE");
    expect(hiveAnswer.extensions?.cost?.estimated).toBeLessThan(200_000);
  });
});
