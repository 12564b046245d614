/**
 * One differential run: every operation sent to the three gateways, answers compared. Free of
 * vitest so the same run can be replayed from a script.
 */
import type { Operation } from "./case.js";
import { mismatch, type Answer } from "./compare.js";
import type { GatewaysUnderTest } from "./gateways.js";

export type Mismatch = { operation: Operation; reason: string; answers: { hubDirect: Answer; hubApollo: Answer; stock: Answer } };

async function post(url: string, operation: Operation): Promise<Answer> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(operation) });
  return { status: response.status, text: await response.text() };
}

export type RunResult = {
  mismatches: Mismatch[];
  /** Answers (from the hub's Apollo path) that carried errors: a run of nothing but errors would test little. */ withErrors: number;
};

/** Sends each operation to every gateway (a few operations at a time) and returns the mismatches. */
export async function runOperations(gateways: GatewaysUnderTest, operations: readonly Operation[], concurrency = 4): Promise<RunResult> {
  const mismatches: Mismatch[] = [];
  let withErrors = 0;
  let next = 0;
  const worker = async () => {
    while (next < operations.length) {
      const operation = operations[next++]!;
      const [hubDirect, hubApollo, stock] = await Promise.all([
        post(gateways.hubDirect, operation),
        post(gateways.hubApollo, operation),
        post(gateways.stock, operation),
      ]);
      if (hubApollo.text.includes(`"errors":`)) withErrors++;
      const reason = mismatch(hubDirect, hubApollo, stock);
      if (reason) mismatches.push({ operation, reason, answers: { hubDirect, hubApollo, stock } });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { mismatches, withErrors };
}

/** A mismatch as a person replays it: the seed, the supergraph, the operation and the three answers. */
export function describeMismatch(caseName: string, seed: number, supergraphFile: string, found: Mismatch): string {
  return [
    `case ${caseName}, seed ${seed} (replay: HUB_CONFORMANCE_SEED=${seed} HUB_CONFORMANCE_CASE=${caseName} npx vitest run tests/conformance)`,
    `supergraph: ${supergraphFile}`,
    `why: ${found.reason}`,
    `operation: ${JSON.stringify(found.operation)}`,
    `hub, direct path:    ${found.answers.hubDirect.status} ${found.answers.hubDirect.text}`,
    `hub, Apollo's path:  ${found.answers.hubApollo.status} ${found.answers.hubApollo.text}`,
    `stock Apollo:        ${found.answers.stock.status} ${found.answers.stock.text}`,
  ].join("\n");
}
