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
  /**
   * Subgraph answers already received for this request (by the direct path or the plan executor),
   * handed to Apollo Gateway's path instead of a second call.
   */
  replay?: ReplayedCall[];
};

export type ReplayedCall = {
  serviceName: string;
  query: string;
  /** The variables the call was sent with: a replay answers only the same call. */
  variables: Readonly<Record<string, unknown>> | undefined;
  outcome: Promise<GatewayGraphQLResponse>;
};

/** A fast path hands Apollo Gateway's path the calls it already made for this request. */
export function offerReplay(context: GatewayContext, calls: readonly ReplayedCall[]): void {
  context.replay = calls.length > 0 ? [...calls] : undefined;
}

/**
 * The call offered for this subgraph operation with these variables, once: the data source takes
 * it instead of calling again. Variables are compared as JSON, the form they are sent in (only on
 * the way back from a fast path, so the cost is paid rarely).
 */
export function takeReplay(
  context: GatewayContext | undefined,
  serviceName: string,
  query: string | undefined,
  variables: Readonly<Record<string, unknown>> | undefined,
): ReplayedCall["outcome"] | null {
  const calls = context?.replay;
  if (!calls) return null;
  let sent: string | undefined;
  for (let i = 0; i < calls.length; i++) {
    const call = calls[i]!;
    if (call.serviceName !== serviceName || call.query !== query) continue;
    sent ??= JSON.stringify(variables ?? {});
    if (JSON.stringify(call.variables ?? {}) !== sent) continue;
    calls.splice(i, 1);
    return call.outcome;
  }
  return null;
}
