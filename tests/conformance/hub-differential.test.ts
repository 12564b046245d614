/**
 * The same differential comparison on the hub's own supergraph (schema/supergraph.graphql) and
 * its five real subgraphs, each on an in-memory store seeded as on first start and given the
 * small fixtures of UN votes, ratings and the IGO registry: generated operations through the
 * hub's gateway with and without the direct path, and through stock @apollo/gateway.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../gateway/config.js";
import { importFreedomHouse, importVdem } from "../../subgraphs/alliance/import/ratings-import.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import type { OverlapsServices } from "../../subgraphs/overlaps/services.js";
import { defaultSubgraphUrl, SUBGRAPHS } from "../../subgraphs/registry.js";
import type { SubgraphService } from "../../subgraphs/shared/subgraph-service.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { startSubgraph, type Stores } from "../harness.js";
import { FIXTURES } from "../shared-data.js";
import { startGatewaysUnderTest, type GatewaysUnderTest } from "./gateways.js";
import { generateOperations } from "./operations.js";
import { describeMismatch, runOperations } from "./run-case.js";

const SEED = Number(process.env.HUB_CONFORMANCE_SEED ?? 20261130);
const OPERATIONS = Number(process.env.HUB_CONFORMANCE_OPERATIONS ?? 500);

/** Argument values that reach real records of the fixtures as well as ones that do not. */
const VALUES: Record<string, unknown[]> = {
  String: ["USA", "DEU", "FRA", "IND", "NAM", "XWG", "zz", "human rights"],
  ID: ["1", "2", "3", "cod", "d10", "nope"],
  Int: [0, 1, 2, 3, 56, 74, 2019, -1],
  Date: ["2000-06-25", "2019-12-18", "2021-01-01"],
  PartialDate: ["2016", "2016-03", "2021-12-09"],
};

describe.skipIf(process.env.HUB_CONFORMANCE_CASE && process.env.HUB_CONFORMANCE_CASE !== "hub")("conformance: the hub's own supergraph and subgraphs", () => {
  const services: SubgraphService[] = [];
  let gateways: GatewaysUnderTest | undefined;
  let supergraphSdl = readFileSync(path.join(projectRoot(), "schema", "supergraph.graphql"), "utf8");

  beforeAll(async () => {
    const urls: Record<string, string> = {};
    const stores = {} as Partial<Stores>;
    let overlaps: OverlapsServices | undefined;
    for (const subgraph of SUBGRAPHS) {
      const running = await startSubgraph(subgraph.name);
      services.push(running.service);
      urls[subgraph.name] = running.url;
      (stores as Record<string, unknown>)[subgraph.name] = running.store;
      if (subgraph.name === "overlaps") overlaps = running.services as OverlapsServices;
      // Stock Apollo Gateway reads the subgraphs' addresses from the supergraph itself.
      supergraphSdl = supergraphSdl.replace(`url: "${defaultSubgraphUrl(subgraph)}"`, `url: "${running.url}"`);
    }
    await importUnVotes(stores["un-votes"]!, path.join(FIXTURES, "unvotes-mini"), { progress: null });
    await importFreedomHouse(stores.alliance!.db, path.join(FIXTURES, "freedomhouse-mini.csv"), { progress: null });
    await importVdem(stores.alliance!.db, path.join(FIXTURES, "vdem-mini.csv"), { progress: null });
    await importCowIgo(stores.overlaps!, path.join(FIXTURES, "cow-mini"), { progress: null });
    gateways = await startGatewaysUnderTest("hub", supergraphSdl, urls);
    // The overlaps subgraph reads the hub through a gateway; read once now so every gateway sees the same snapshot.
    overlaps!.hubGateway.useAddress(gateways.hubApollo);
    const snapshot = overlaps!.engine.snapshot;
    await snapshot.refresh();
    expect(snapshot.lastError).toBeNull();
  });

  afterAll(async () => {
    await gateways?.stop();
    await Promise.all(services.map((service) => service.stop()));
  });

  it("answers every operation as stock Apollo Gateway does, on the fast paths and off them", async () => {
    const schema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
    const { operations, dropped } = generateOperations(schema, { seed: SEED, count: OPERATIONS, values: VALUES, maxDepth: 4 });
    expect(operations.length, `valid operations generated (${dropped} dropped)`).toBe(OPERATIONS);
    const directBefore = gateways!.directPath.directCount;
    const planBefore = gateways!.directPath.planCount;
    const { mismatches, withErrors } = await runOperations(gateways!, operations, 2);
    const report = mismatches
      .slice(0, 3)
      .map((m) => describeMismatch("hub", SEED, gateways!.supergraphFile, m))
      .join("\n\n");
    expect(mismatches.length, `${mismatches.length} of ${operations.length} operations answered differently:\n${report}`).toBe(0);
    expect(gateways!.directPath.directCount - directBefore).toBeGreaterThan(0);
    expect(gateways!.directPath.planCount - planBefore).toBeGreaterThan(0);
    console.log(
      `conformance hub: ${operations.length} operations, ${gateways!.directPath.directCount - directBefore} answered on the direct path, ${gateways!.directPath.planCount - planBefore} by the plan executor, ${withErrors} with errors, ${dropped} invalid ones dropped`,
    );
    // About 25 s here alone: 500 operations through three gateways; more while the rest of the suite runs.
  }, 180_000);
});
