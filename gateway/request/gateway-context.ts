/** The per-request values the gateway hands every subgraph call (made in context.ts). */
import type { GraphQLDataSource } from "@apollo/gateway";

/** What a subgraph call resolves to, as the gateway expects it. */
export type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource["process"]>>;

/** Per-request values the gateway hands every subgraph call. */
export type GatewayContext = {
  requestId: string;
  /** Who sent it, for the per-client limits: `sub:<token subject>` or `address:<ip>`. */
  client?: string;
  claims?: string;
  forwardedHeaders?: Record<string, string>;
  /** A subgraph answer already received for this request (see direct-fetch/gateway.ts), handed to Apollo Gateway's path instead of a second call. */
  replay?: ReplayedCall;
};

export type ReplayedCall = { serviceName: string; query: string; outcome: Promise<GatewayGraphQLResponse> };
