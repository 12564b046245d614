/**
 * Apollo Gateway with a direct path: an operation the planner answers with one subgraph call and
 * exactly the client's selection (see planner.ts) is sent straight to that subgraph, and a clean
 * answer goes back as it came: one without errors whose every value Apollo Gateway's result
 * shaping would keep as it is (answer-check.ts). Everything else, and any answer that carries
 * errors, lacks data or holds a value the API schema refuses, takes Apollo Gateway's own path; an
 * answer already received is replayed into that path rather than fetched twice, so errors reach
 * the client exactly as Apollo Gateway reports them.
 */
import type { ApolloGateway } from "@apollo/gateway";
import type { Executor, GatewayInterface, RequestContext } from "../gateway-interface.js";
import { offerReplay, type GatewayContext } from "../request/gateway-context.js";
import type { SubgraphDataSource } from "../subgraph-calls/data-source.js";
import { passThroughData } from "./answer-text.js";
import type { DirectFetchPlanner } from "./planner.js";

export class DirectFetchGateway implements GatewayInterface {
  /** Requests answered on the direct path since start (tests and the benchmark read it). */
  directCount = 0;

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
    const { request, document, queryHash } = requestContext;
    const operationName = request.operationName ?? undefined;
    const direct = this.planner.directFetchFor(`${queryHash}|${operationName ?? ""}`, document, operationName);
    const source = direct ? this.dataSources.get(direct.serviceName) : undefined;
    if (!direct || !source) return apolloPath(requestContext);

    const variables: Record<string, unknown> = {};
    for (const name of direct.variableUsages) {
      if (request.variables?.[name] !== undefined) variables[name] = request.variables[name];
    }
    const context = requestContext.context as GatewayContext;
    const outcome = source.send({ query: direct.operation, variables, operationName: direct.operationName }, context, true);
    const response = await outcome.catch(() => null);
    if (response && !response.errors && !response.extensions && response.data && direct.answerConforms(response.data, request.variables)) {
      this.directCount++;
      passThroughData(response);
      return { data: response.data };
    }
    offerReplay(context, { serviceName: direct.serviceName, query: direct.operation, outcome });
    return apolloPath(requestContext);
  }
}
