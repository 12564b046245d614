/**
 * Differential conformance of the hub's gateway: for each small supergraph of the corpus, a few
 * hundred seeded random operations (plus the findings that made this harness) are sent to the
 * hub's gateway with its fast paths (the direct path, the plan executor), without them, and to
 * stock @apollo/gateway; all three must answer the same (compare.ts says what "the same" means
 * and which differences are deliberate).
 *
 * HUB_CONFORMANCE_SEED replays a run, HUB_CONFORMANCE_OPERATIONS changes how many operations
 * each supergraph gets, HUB_CONFORMANCE_CASE runs one supergraph.
 */
import { composeServices } from "@apollo/composition";
import { Supergraph } from "@apollo/federation-internals";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASES } from "./cases/index.js";
import { startGatewaysUnderTest, type GatewaysUnderTest } from "./gateways.js";
import { generateOperations } from "./operations.js";
import { describeMismatch, runOperations } from "./run-case.js";
import { startTinySubgraph, subgraphTypeDefs, type RunningTinySubgraph } from "./tiny-subgraph.js";

const SEED = Number(process.env.HUB_CONFORMANCE_SEED ?? 20261130);
const OPERATIONS = Number(process.env.HUB_CONFORMANCE_OPERATIONS ?? 500);
const ONLY = process.env.HUB_CONFORMANCE_CASE;

for (const testCase of CASES.filter((c) => !ONLY || c.name === ONLY)) {
  describe(`conformance: ${testCase.name} (${testCase.covers})`, () => {
    let subgraphs: RunningTinySubgraph[] = [];
    let gateways: GatewaysUnderTest | undefined;
    let supergraphSdl = "";

    beforeAll(async () => {
      subgraphs = await Promise.all(testCase.subgraphs.map(startTinySubgraph));
      const composed = composeServices(testCase.subgraphs.map((s, i) => ({ name: s.name, typeDefs: subgraphTypeDefs(s), url: subgraphs[i]!.url })));
      if (composed.errors) throw new Error(`the ${testCase.name} case does not compose: ${composed.errors.map((e) => e.message).join("; ")}`);
      supergraphSdl = composed.supergraphSdl;
      gateways = await startGatewaysUnderTest(testCase.name, supergraphSdl, Object.fromEntries(testCase.subgraphs.map((s, i) => [s.name, subgraphs[i]!.url])));
    });

    afterAll(async () => {
      await gateways?.stop();
      await Promise.all(subgraphs.map((s) => s.stop()));
    });

    it("answers every operation as stock Apollo Gateway does, on the fast paths and off them", async () => {
      const schema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
      const { operations, dropped } = generateOperations(schema, { seed: SEED, count: OPERATIONS, values: testCase.values });
      // The generator must mostly produce valid operations, or the run tests little.
      expect(operations.length, `valid operations generated (${dropped} dropped)`).toBe(OPERATIONS);
      const all = [...(testCase.regressions ?? []), ...operations];
      const directBefore = gateways!.directPath.directCount;
      const planBefore = gateways!.directPath.planCount;
      const { mismatches, withErrors } = await runOperations(gateways!, all);
      const report = mismatches
        .slice(0, 3)
        .map((m) => describeMismatch(testCase.name, SEED, gateways!.supergraphFile, m))
        .join("\n\n");
      expect(mismatches.length, `${mismatches.length} of ${all.length} operations answered differently:\n${report}`).toBe(0);
      // Each fast path must have been taken, or the comparison proves nothing about it (every case has plans over several subgraphs).
      expect(gateways!.directPath.directCount - directBefore).toBeGreaterThan(0);
      expect(gateways!.directPath.planCount - planBefore).toBeGreaterThan(0);
      // The masked error behind a short _entities answer is Apollo Gateway's own count check, counting what it sent.
      if (testCase.name === "faults") expect(gateways!.loggedErrors.join("\n")).toContain(`Expected "data._entities" to contain 5 elements`);
      console.log(
        `conformance ${testCase.name}: ${all.length} operations, ${gateways!.directPath.directCount - directBefore} answered on the direct path, ${gateways!.directPath.planCount - planBefore} by the plan executor, ${withErrors} with errors, ${dropped} invalid ones dropped`,
      );
      // Hundreds of operations through two gateways: on a busy two-core machine a case took over the default 30 s.
    }, 120_000);
  });
}
