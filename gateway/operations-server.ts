/**
 * The gateway's operations address (HUB_OPS_HOST, HUB_GATEWAY_OPS_PORT): /health, /ready with each
 * subgraph's state, /metrics. Operators' detail lives apart from the public port: a stranger there
 * learns nothing of the subgraphs, and cannot make the gateway call each of them per request.
 */
import type http from "node:http";
import { createRoutesServer, metricsRoute, sendJson } from "../subgraphs/platform/http-service.js";
import type { ServiceMetrics } from "../subgraphs/platform/metrics.js";
import type { SubgraphDataSource } from "./subgraph-calls/data-source.js";

/** How long one check of the subgraphs answers /ready. */
const READY_CACHE_MS = 2000;

export function healthRoute(_req: http.IncomingMessage, res: http.ServerResponse): void {
  sendJson(res, 200, { status: "ok", service: "gateway" });
}

export function createOperationsServer(dataSources: ReadonlyMap<string, SubgraphDataSource>, metrics: ServiceMetrics): http.Server {
  // Each subgraph's state, asked at most once per READY_CACHE_MS however often /ready is polled.
  let lastReadiness: { at: number; states: Promise<(readonly [string, "up" | "down"])[]> } | null = null;
  const readiness = () => {
    if (!lastReadiness || Date.now() - lastReadiness.at > READY_CACHE_MS) {
      lastReadiness = {
        at: Date.now(),
        states: Promise.all([...dataSources.values()].map(async (source) => [source.name, (await source.healthy()) ? "up" : "down"] as const)),
      };
    }
    return lastReadiness.states;
  };
  return createRoutesServer({
    "/health": healthRoute,
    "/ready": async (_req, res) => {
      const states = await readiness();
      const ready = states.every(([, state]) => state === "up");
      sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "degraded", subgraphs: Object.fromEntries(states) });
    },
    "/metrics": metricsRoute(metrics),
  });
}
