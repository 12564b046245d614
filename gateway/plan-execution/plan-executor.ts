/**
 * Runs a compiled query plan (compiled-plan.ts) for one request, without Apollo Gateway's generic
 * execution: the fetches go to the same data sources in the same order and with the same
 * variables and representations, the answers are merged as Apollo merges them
 * (merged-data.ts), and the client's answer is built by a shaper compiled for the operation
 * (result-shaper.ts). What Apollo spends per request on rebuilding the operation from the
 * document and on its generic result shaping is not spent.
 *
 * It answers only when every fetch came back without errors and the shaping had nothing to
 * report; otherwise it gives up, waits for the calls it has in flight, and the request takes
 * Apollo Gateway's path with every answer already received replayed into it (never fetched
 * twice), so errors reach the client exactly as Apollo Gateway reports them.
 */
import type { Variables } from "../documents/field-conditions.js";
import { variablesForFetch } from "../documents/variable-values.js";
import type { GatewayContext, GatewayGraphQLResponse, ReplayedCall } from "../request/gateway-context.js";
import type { SubgraphDataSource } from "../subgraph-calls/data-source.js";
import type { CompiledPlan, PlanStep, SubgraphFetch } from "./compiled-plan.js";
import { MergedData, PlanUnsupported, representationOf } from "./merged-data.js";
import { UNSHAPED, type ResultShaper } from "./result-shaper.js";

export type PlanRun = { data: Record<string, unknown> } | { calls: ReplayedCall[] };

/** Thrown to stop a run: a fetch answered with errors, or could not be made. */
class GiveUp extends Error {}

export async function runPlan(
  plan: CompiledPlan,
  shape: ResultShaper,
  dataSources: ReadonlyMap<string, SubgraphDataSource>,
  context: GatewayContext,
  variables: Variables | undefined,
): Promise<PlanRun> {
  const run = new Run(dataSources, context, variables);
  try {
    await run.step(plan.root);
  } catch (error) {
    if (error instanceof GiveUp || error instanceof PlanUnsupported) return { calls: run.calls };
    throw error;
  }
  const data = shape(run.data.root, variables);
  return data === UNSHAPED ? { calls: run.calls } : { data };
}

class Run {
  readonly data = new MergedData();
  /** Every call made, in order: what Apollo's path replays when the run gives up. */
  readonly calls: ReplayedCall[] = [];
  private stopped = false;

  constructor(
    private readonly dataSources: ReadonlyMap<string, SubgraphDataSource>,
    private readonly context: GatewayContext,
    private readonly variables: Variables | undefined,
  ) {}

  async step(step: PlanStep): Promise<void> {
    switch (step.kind) {
      case "sequence":
        for (const child of step.steps) await this.step(child);
        return;
      case "parallel": {
        // Every branch settles before the run goes on or gives up: no call of this run starts
        // after Apollo's path has taken over.
        const outcomes = await Promise.allSettled(
          step.steps.map((child) =>
            this.step(child).catch((error: unknown) => {
              this.stopped = true;
              throw error;
            }),
          ),
        );
        const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
        if (failed) throw failed.reason;
        return;
      }
      case "fetch": {
        const data = await this.send(step.fetch, variablesForFetch(step.fetch.variableUsages, this.variables));
        this.data.mergeRoot(data);
        return;
      }
      case "entities": {
        const fetch = step.fetch;
        const entities = this.data.entitiesAt(fetch.path);
        if (!entities || entities.length === 0) return;
        const representations = entities.map((entity) => representationOf(entity, fetch.typeCondition, fetch.requires));
        const data = await this.send(fetch, { ...variablesForFetch(fetch.variableUsages, this.variables), representations });
        const received = data._entities;
        if (!Array.isArray(received) || received.length !== representations.length) throw new PlanUnsupported("an _entities answer of another length");
        for (let i = 0; i < entities.length; i++) this.data.mergeEntity(entities[i]!, received[i]);
        return;
      }
    }
  }

  private async send(fetch: SubgraphFetch, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (this.stopped) throw new GiveUp();
    const source = this.dataSources.get(fetch.serviceName);
    if (!source) throw new GiveUp();
    const outcome: Promise<GatewayGraphQLResponse> = source.send({ query: fetch.query, variables, operationName: fetch.operationName }, this.context);
    this.calls.push({ serviceName: fetch.serviceName, query: fetch.query, variables, outcome });
    const response = await outcome.catch(() => null);
    if (!response || response.errors || typeof response.data !== "object" || response.data === null || Array.isArray(response.data)) {
      this.stopped = true;
      throw new GiveUp();
    }
    return response.data as Record<string, unknown>;
  }
}
