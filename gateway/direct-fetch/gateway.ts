/**
 * Apollo Gateway with two fast paths (planner.ts decides, once per operation):
 *
 * - the direct path: an operation the planner answers with one subgraph call and exactly the
 *   client's selection is sent straight to that subgraph, and a clean answer goes back as it came:
 *   one without errors whose every value Apollo Gateway's result shaping would keep as it is
 *   (answer-check.ts);
 * - the plan executor (plan-execution/plan-executor.ts): any other query whose plan it models is
 *   run without Apollo's generic execution and shaped by a shaper compiled for the operation.
 *
 * Everything else, and any answer that carries errors, lacks data or holds a value the API schema
 * refuses, takes Apollo Gateway's own path; the answers already received are replayed into that
 * path rather than fetched twice, so errors reach the client exactly as Apollo Gateway reports them.
 */
import type { ApolloGateway } from "@apollo/gateway";
import type { Executor, GatewayInterface, RequestContext } from "../gateway-interface.js";
import { offerReplay, type GatewayContext } from "../request/gateway-context.js";
import type { SubgraphDataSource } from "../subgraph-calls/data-source.js";
import { runPlan } from "../plan-execution/plan-executor.js";
import { variablesAccepted, variablesForFetch } from "../documents/variable-values.js";
import { passThroughData } from "./answer-text.js";
import type { DirectFetch, DirectFetchPlanner, PlanExecution } from "./planner.js";

export class DirectFetchGateway implements GatewayInterface {
  /** Requests answered on the direct path since start (tests and the benchmark read it). */
  directCount = 0;
  /** Requests answered by the plan executor since start (tests and the benchmark read it). */
  planCount = 0;

  constructor(
    private readonly inner: ApolloGateway,
    private readonly planner: DirectFetchPlanner,
    private readonly dataSources: ReadonlyMap<string, SubgraphDataSource>,
  ) {}

  onSchemaLoadOrUpdate(callback: Parameters<GatewayInterface["onSchemaLoadOrUpdate"]>[0]) {
    return this.inner.onSchemaLoadOrUpdate(callback);
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }

  async load(options: Parameters<GatewayInterface["load"]>[0]) {
    // ApolloGateway is typed against an older revision of the same gateway interface.
    const { executor } = await (this.inner as unknown as GatewayInterface).load(options);
    return { executor: executor ? (requestContext: RequestContext) => this.execute(requestContext, executor) : null };
  }

  private async execute(requestContext: RequestContext, apolloPath: Executor) {
    const { request, document, queryHash, schema, operation } = requestContext;
    const operationName = request.operationName ?? undefined;
    const path = this.planner.fastPathFor(`${queryHash}|${operationName ?? ""}`, document, operationName);
    // Apollo Gateway checks the variables against the operation before planning; a request it
    // would refuse goes to it untouched, and it says why (variable-values.ts).
    if (path && (!operation || !variablesAccepted(schema, operation, request.variables))) return apolloPath(requestContext);
    if (path?.kind === "direct") return this.direct(path.direct, requestContext, apolloPath);
    if (path?.kind === "plan") return this.plan(path.execution, requestContext, apolloPath);
    return apolloPath(requestContext);
  }

  private async direct(direct: DirectFetch, requestContext: RequestContext, apolloPath: Executor) {
    const source = this.dataSources.get(direct.serviceName);
    if (!source) return apolloPath(requestContext);
    const { request } = requestContext;
    const variables = variablesForFetch(direct.variableUsages, request.variables);
    const context = requestContext.context as GatewayContext;
    const outcome = source.send({ query: direct.operation, variables, operationName: direct.operationName }, context, true);
    const response = await outcome.catch(() => null);
    if (response && !response.errors && !response.extensions && response.data && direct.answerConforms(response.data, request.variables)) {
      this.directCount++;
      passThroughData(response);
      return { data: response.data };
    }
    offerReplay(context, [{ serviceName: direct.serviceName, query: direct.operation, variables, outcome }]);
    return apolloPath(requestContext);
  }

  private async plan(execution: PlanExecution, requestContext: RequestContext, apolloPath: Executor) {
    const { request } = requestContext;
    const context = requestContext.context as GatewayContext;
    const run = await runPlan(execution.plan, execution.shape, this.dataSources, context, request.variables);
    if ("data" in run) {
      this.planCount++;
      return { data: run.data };
    }
    offerReplay(context, run.calls);
    return apolloPath(requestContext);
  }
}
