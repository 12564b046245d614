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

/** The direct path hands Apollo Gateway's path a call it already made for this request. */
export function offerReplay(context: GatewayContext, call: ReplayedCall): void {
  context.replay = call;
}

/** The call offered for this subgraph operation, once: the data source takes it instead of calling again. */
export function takeReplay(context: GatewayContext | undefined, serviceName: string, query: string | undefined): ReplayedCall["outcome"] | null {
  const replay = context?.replay;
  if (!replay || replay.serviceName !== serviceName || replay.query !== query) return null;
  context!.replay = undefined;
  return replay.outcome;
}
