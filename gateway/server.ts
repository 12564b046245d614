/**
 * Builds the gateway: Apollo Gateway over the checked-in supergraph (never composed at start),
 * served by Apollo Server on the hub's HTTP layer. Builds, never listens (index.ts does).
 */
import { ErrorCode } from "../subgraphs/platform/errors.js";
import { FailoverGateway } from "./failover/failover-gateway.js";
import { consoleOperations, consoleRoute } from "./console/serve-console.js";
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type http from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ConfigError } from "../subgraphs/platform/config.js";
import { hubApolloOptions } from "../subgraphs/platform/apollo-defaults.js";
import { createHttpService, createRoutesServer, metricsRoute, sendJson } from "../subgraphs/platform/http-service.js";
import { ServiceMetrics } from "../subgraphs/platform/metrics.js";
import { close } from "../subgraphs/platform/listen.js";
import { DEVELOPMENT_MODE_WARNING } from "../subgraphs/platform/auth-mode.js";
import type { GatewayConfig } from "./config.js";
import { DirectFetchGateway } from "./direct-fetch/gateway.js";
import { DirectFetchPlanner } from "./direct-fetch/planner.js";
import { pickForwardedHeaders } from "./forwarded-headers.js";
import { costPlugin, validationRules } from "./security/limits.js";
import { readCostDirectives } from "./security/cost-directives.js";
import { RateLimiter } from "./security/rate-limit.js";
import { encodeClaims, readTokenSettings, verifiedClaims } from "./security/tokens.js";
import { loadPersistedOperations, persistedOperationsPlugin } from "./security/persisted-operations.js";
import { SubgraphDataSource, type GatewayContext } from "./subgraph-data-source.js";
import { applyVendorTelemetryPolicy } from "./telemetry.js";
import { WriteCounter } from "./write-counter.js";

export type GatewayService = {
  /** The public address: /graphql and /health. */
  httpServer: http.Server;
  /** The operations address (HUB_OPS_HOST, HUB_GATEWAY_OPS_PORT): /health, /ready with each subgraph's state, /metrics. */
  operationsServer: http.Server;
  dataSources: ReadonlyMap<string, SubgraphDataSource>;
  /** The direct path for single-subgraph queries; null when HUB_GATEWAY_DIRECT_FETCH is off. */
  directPath: DirectFetchGateway | null;
  /** Plans around subgraphs that are down (failover/). */
  failover: FailoverGateway;
  stop: () => Promise<void>;
};

/**
 * Answers from this size on are gzipped for clients that accept it: a browser far from the hub
 * gets a big analysis (the 193-member agreement matrix) in a fraction of the bytes, while the many
 * small answers skip the cost.
 */
const GZIP_ABOVE_BYTES = 16 * 1024;

/** How long one check of the subgraphs answers /ready. */
const READY_CACHE_MS = 2000;

async function readSupergraph(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      "HUB_SUPERGRAPH_FILE",
      "invalid",
      `cannot read the supergraph at ${file} (${(error as Error).message}); run npm run compose, or point HUB_SUPERGRAPH_FILE at a supergraph`,
    );
  }
}

export async function createGatewayService(config: GatewayConfig, log = console): Promise<GatewayService> {
  applyVendorTelemetryPolicy(config);
  if (config.authMode === "development") log.warn(`gateway: ${DEVELOPMENT_MODE_WARNING}`);
  const tokens = config.authMode === "jwt" ? await readTokenSettings(config.jwt) : null;
  const urls = new Map(config.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const dataSources = new Map<string, SubgraphDataSource>();
  const writes = new WriteCounter();

  const supergraphSdl = await readSupergraph(config.supergraphFile);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService({ name, url }) {
      const configured = urls.get(name);
      if (!configured) log.warn(`gateway: subgraph ${name} is in the supergraph but not in the configuration; using ${url}`);
      const source = new SubgraphDataSource(name, configured ?? url!, {
        timeoutMs: config.subgraphTimeoutMs,
        connections: config.subgraphConnections,
        log: (message, detail) => log.error(`gateway: ${message}`, detail ?? ""),
        signatureSecret: config.subgraphSecret,
        maxResponseBytes: config.subgraphMaxResponseBytes,
        writes,
      });
      dataSources.set(name, source);
      return source;
    },
  });

  const directPath = config.directFetch ? new DirectFetchGateway(gateway, new DirectFetchPlanner(supergraphSdl), dataSources) : null;
  const failover = new FailoverGateway(directPath ?? gateway, supergraphSdl, dataSources);
  const persisted = config.persistedOperationsFile ? loadPersistedOperations(config.persistedOperationsFile) : null;
  if (persisted && config.consoleDir) {
    // The console ships its operations as a manifest: an allow-list deployment still runs it (HUB_CONSOLE=false to leave them out).
    for (const [hash, query] of consoleOperations(config.consoleDir)) persisted.set(hash, query);
  }
  const apollo = new ApolloServer<GatewayContext>({
    gateway: failover,
    ...hubApolloOptions(
      "gateway",
      (message, error) => log.error(message, error),
      [costPlugin(config.limits, readCostDirectives(supergraphSdl)), ...(persisted ? [persistedOperationsPlugin(persisted)] : [])],
      { fieldSuggestions: config.fieldSuggestions },
    ),
    introspection: config.introspection,
    validationRules: validationRules(config.limits),
    parseOptions: { maxTokens: config.limits.maxTokens },
  });
  await apollo.start();

  // A request's verified token, worked out once: the rate limit keys on its subject, the context forwards its claims.
  const tokenClaims = new WeakMap<http.IncomingMessage, ReturnType<typeof verifiedClaims>>();
  const claimsOf = (req: http.IncomingMessage) => {
    let claims = tokenClaims.get(req);
    if (!claims) tokenClaims.set(req, (claims = verifiedClaims(headerValue(req.headers.authorization), tokens!)));
    return claims;
  };
  const limiter = config.rateLimit ? new RateLimiter(config.rateLimit) : null;

  const metrics = new ServiceMetrics("gateway");
  const health = (_req: http.IncomingMessage, res: http.ServerResponse) => sendJson(res, 200, { status: "ok", service: "gateway" });
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

  const httpServer = createHttpService<GatewayContext>({
    apollo,
    maxBodyBytes: config.maxBodyBytes,
    service: "gateway",
    admit: limiter
      ? async (req) => {
          // A verified token's subject is the client; anyone else is their address (a bad token is the context's 401 to give).
          const subject =
            config.authMode === "jwt"
              ? await claimsOf(req).then(
                  (claims) => claims?.sub,
                  () => undefined,
                )
              : undefined;
          const admission = limiter.take(subject ? `sub:${subject}` : `address:${req.socket.remoteAddress ?? "unknown"}`);
          if (admission.allowed) return null;
          return {
            status: 429,
            code: ErrorCode.RateLimited,
            message: `Too many requests: at most ${config.rateLimit!.perSecond} a second (bursts of ${config.rateLimit!.burst}) per client; retry after ${admission.retryAfterSeconds} s.`,
            headers: { "retry-after": String(admission.retryAfterSeconds) },
          };
        }
      : undefined,
    context: async ({ req }) => {
      const requestId = requestIdFrom(req.headers["x-request-id"]);
      const forwardedHeaders = pickForwardedHeaders(config.forwardHeaders, req.headers);
      const address = `address:${req.socket.remoteAddress ?? "unknown"}`;
      if (config.authMode === "jwt") {
        const claims = await claimsOf(req);
        return { requestId, forwardedHeaders, client: claims?.sub ? `sub:${claims.sub}` : address, claims: claims ? encodeClaims(claims) : undefined };
      }
      return { requestId, forwardedHeaders, client: address, claims: config.authMode === "development" ? headerValue(req.headers["x-hub-claims"]) : undefined };
    },
    metrics,
    serveMetrics: false,
    routes: { "/health": health },
    gzipAboveBytes: GZIP_ABOVE_BYTES,
    fallback: config.consoleDir ? consoleRoute(config.consoleDir) : undefined,
  });

  // Operators' detail lives on its own address: a stranger on the public port learns nothing of
  // the subgraphs, and cannot make the gateway call each of them per request.
  const operationsServer = createRoutesServer({
    "/health": health,
    "/ready": async (_req, res) => {
      const states = await readiness();
      const ready = states.every(([, state]) => state === "up");
      sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "degraded", subgraphs: Object.fromEntries(states) });
    },
    "/metrics": metricsRoute(metrics),
  });

  return {
    httpServer,
    operationsServer,
    dataSources,
    directPath,
    failover,
    async stop() {
      await close(httpServer);
      await close(operationsServer);
      await apollo.stop();
      await Promise.all([...dataSources.values()].map((source) => source.close()));
    },
  };
}

function headerValue(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

/** A client's request id is kept when it is a sane token, so logs on both sides line up. */
function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.-]{1,64}$/.test(value) ? value : randomUUID();
}
