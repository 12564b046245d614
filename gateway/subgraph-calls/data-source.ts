/**
 * How the gateway calls a subgraph: a keep-alive undici pool per subgraph and a hard deadline
 * per call. Replaces Apollo's default data source (make-fetch-happen), which opens sockets
 * without a bound and has no timeout of its own. Each call's headers: subgraph-headers.ts; one
 * representation per distinct entity: entity-dedup.ts.
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { Pool } from "undici";
import { ErrorCode } from "../../subgraphs/platform/errors.js";
import { deduplicateRepresentations } from "./entity-dedup.js";
import { rememberAnswerText } from "../direct-fetch/answer-text.js";
import { subgraphHeaders } from "./subgraph-headers.js";
import { WriteCounter } from "./write-counter.js";
import { takeReplay, type GatewayContext, type GatewayGraphQLResponse } from "../request/gateway-context.js";

export type DataSourceOptions = {
  timeoutMs: number;
  connections: number;
  log: (message: string, detail?: unknown) => void;
  signatureSecret?: string | null;
  /** The largest answer read from a subgraph: a runaway answer costs its own fields, not the gateway's memory. */
  maxResponseBytes?: number;
  /** The gateway's count of forwarded writes: every call carries it, and a write moves it. */
  writes?: WriteCounter;
};

export type SubgraphRequest = { query: string; variables?: Record<string, unknown>; operationName?: string };

export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;
  private readonly path: string;
  private readonly headersFor: ReturnType<typeof subgraphHeaders>;
  /** Calls made since start: the batching tests and the benchmarks read it. */
  requestCount = 0;

  constructor(
    readonly name: string,
    url: string,
    private readonly options: DataSourceOptions,
  ) {
    const parsed = new URL(url);
    this.headersFor = subgraphHeaders(options);
    this.path = `${parsed.pathname}${parsed.search}`;
    this.pool = new Pool(parsed.origin, {
      connections: options.connections,
      keepAliveTimeout: 30_000,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connect: { timeout: options.timeoutMs },
      maxResponseSize: options.maxResponseBytes ?? -1,
    });
  }

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const context = options.context as GatewayContext | undefined;
    const replayed = takeReplay(context, this.name, request.query, request.variables);
    if (replayed) return replayed;
    return this.send({ query: request.query!, variables: request.variables, operationName: request.operationName }, context);
  }

  /** One call to the subgraph; a failure to get a GraphQL answer is thrown as SUBGRAPH_UNAVAILABLE. */
  /** `keepText`: the answer's text is kept beside it, for the direct path to hand on (direct-fetch/answer-text.ts). */
  async send(request: SubgraphRequest, context: GatewayContext | undefined, keepText = false): Promise<GatewayGraphQLResponse> {
    const deduplicated = deduplicateRepresentations(request.variables?.representations);
    if (!deduplicated) return this.call(request, context, keepText);
    const response = await this.call({ ...request, variables: { ...request.variables, representations: deduplicated.representations } }, context);
    return deduplicated.expand(response);
  }

  private async call(request: SubgraphRequest, context: GatewayContext | undefined, keepText = false): Promise<GatewayGraphQLResponse> {
    this.requestCount++;
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName });
    const headers = this.headersFor({ subgraph: this.name, body, context });
    const writes = this.options.writes;
    const counted = writes !== undefined && WriteCounter.isWrite(request.query);

    let status: number;
    let text: string;
    try {
      const response = await this.pool.request({
        path: this.path,
        method: "POST",
        headers,
        body,
        // headersTimeout and bodyTimeout bound each phase; this bounds the whole call.
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      this.options.log(`subgraph ${this.name} call failed`, error);
      const tooLarge = (error as { code?: string })?.code === "UND_ERR_RES_EXCEEDED_MAX_SIZE";
      throw this.unavailable(
        isTimeout(error)
          ? `did not answer within ${this.options.timeoutMs} ms`
          : tooLarge
            ? `answered more than ${this.options.maxResponseBytes} bytes`
            : "could not be reached",
      );
    } finally {
      // A write is counted once its answer is back, or once it failed (part of it may be stored).
      if (counted) writes.written();
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.options.log(`subgraph ${this.name} answered HTTP ${status} with a body that is not JSON`, text.slice(0, 500));
      throw this.unavailable(`answered HTTP ${status} without a GraphQL response`);
    }
    if (typeof parsed !== "object" || parsed === null || !("data" in parsed || "errors" in parsed)) {
      throw this.unavailable(`answered HTTP ${status} without a GraphQL response`);
    }
    // Only the direct path's calls keep it: on Apollo's path the text would only double the memory an answer holds.
    if (keepText) rememberAnswerText(parsed, text);
    return parsed as GatewayGraphQLResponse;
  }

  /** The error a client sees: names the service, never its address. */
  private unavailable(reason: string): GraphQLError {
    return new GraphQLError(`The ${this.name} subgraph ${reason}.`, {
      extensions: { code: ErrorCode.SubgraphUnavailable, serviceName: this.name },
    });
  }

  /** A GET on the subgraph's health route, through the same pool. */
  async healthy(): Promise<boolean> {
    try {
      const response = await this.pool.request({ path: "/health", method: "GET", signal: AbortSignal.timeout(this.options.timeoutMs) });
      await response.body.dump();
      return response.statusCode === 200;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string; code?: string })?.name;
  const code = (error as { code?: string })?.code;
  return name === "TimeoutError" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT";
}
