/**
 * Builds the gateway: Apollo Gateway over the checked-in supergraph (never composed at start),
 * served by Apollo Server on the hub's HTTP layer. Builds, never listens (index.ts does). A
 * request's path: admission (request/admission.ts), its context (request/context.ts), Apollo
 * Server with the hub's limits, the failover and direct-path gateways around Apollo Gateway, and
 * each subgraph call through subgraph-calls/.
 */
import { FailoverGateway } from "./failover/failover-gateway.js";
import { consoleOperations, consoleRoute } from "./console/serve-console.js";
import { readFile } from "node:fs/promises";
import type http from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ConfigError } from "../subgraphs/platform/config.js";
import { hubApolloOptions } from "../subgraphs/platform/apollo-defaults.js";
import { createHttpService } from "../subgraphs/platform/http-service.js";
import { ServiceMetrics } from "../subgraphs/platform/metrics.js";
import { createOperationsServer, healthRoute } from "./operations-server.js";
import { rateLimitAdmission } from "./request/admission.js";
import { ClientIdentity } from "./request/client-identity.js";
import { requestContextFactory } from "./request/context.js";
import { loadTokenSettings } from "./security/tokens.js";
import { close } from "../subgraphs/platform/listen.js";
import { DEVELOPMENT_MODE_WARNING } from "../subgraphs/platform/auth-mode.js";
import type { GatewayConfig } from "./config.js";
import { DirectFetchGateway } from "./direct-fetch/gateway.js";
import { DirectFetchPlanner } from "./direct-fetch/planner.js";
import { stringifyResult } from "./direct-fetch/answer-text.js";
import { costPlugin, validationRules } from "./security/limits.js";
import { readCostDirectives } from "./security/cost-directives.js";
import { loadPersistedOperations, persistedOperationsPlugin } from "./security/persisted-operations.js";
import type { GatewayContext } from "./request/gateway-context.js";
import { SubgraphDataSource } from "./subgraph-calls/data-source.js";
import { applyVendorTelemetryPolicy } from "./telemetry.js";
import { WriteCounter } from "./subgraph-calls/write-counter.js";

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
  const identity = new ClientIdentity(config.authMode, config.jwt ? await loadTokenSettings(config.jwt) : null);
  const supergraphSdl = await readSupergraph(config.supergraphFile);
  const { gateway, dataSources } = apolloGatewayWithDataSources(config, supergraphSdl, log);
  const directPath = config.directFetch ? new DirectFetchGateway(gateway, new DirectFetchPlanner(supergraphSdl), dataSources) : null;
  const failover = new FailoverGateway(directPath ?? gateway, supergraphSdl, dataSources);
  const apollo = await startApolloServer(config, failover, supergraphSdl, log);

  const createContext = requestContextFactory(identity, config.forwardHeaders);
  const metrics = new ServiceMetrics("gateway");
  const httpServer = createHttpService<GatewayContext>({
    apollo,
    maxBodyBytes: config.maxBodyBytes,
    service: "gateway",
    admit: config.rateLimit ? rateLimitAdmission(config.rateLimit, identity) : undefined,
    context: ({ req }) => createContext(req),
    metrics,
    serveMetrics: false,
    routes: { "/health": healthRoute },
    gzipAboveBytes: GZIP_ABOVE_BYTES,
    fallback: config.consoleDir ? consoleRoute(config.consoleDir) : undefined,
  });
  const operationsServer = createOperationsServer(dataSources, metrics);

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

/** Apollo Gateway over the supergraph, each subgraph called through the hub's data source (one write counter for all). */
function apolloGatewayWithDataSources(config: GatewayConfig, supergraphSdl: string, log: Console) {
  const urls = new Map(config.subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));
  const dataSources = new Map<string, SubgraphDataSource>();
  const writes = new WriteCounter();
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
  return { gateway, dataSources };
}

/** Apollo Server over the gateway with the hub's limits, cost plugin and persisted operations (the console's among them). */
async function startApolloServer(config: GatewayConfig, gateway: FailoverGateway, supergraphSdl: string, log: Console) {
  const persisted = config.persistedOperationsFile ? loadPersistedOperations(config.persistedOperationsFile) : null;
  if (persisted && config.consoleDir) {
    // The console ships its operations as a manifest: an allow-list deployment still runs it (HUB_CONSOLE=false to leave them out).
    for (const [hash, query] of consoleOperations(config.consoleDir)) persisted.set(hash, query);
  }
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...hubApolloOptions(
      "gateway",
      (message, error) => log.error(message, error),
      [costPlugin(config.limits, readCostDirectives(supergraphSdl)), ...(persisted ? [persistedOperationsPlugin(persisted)] : [])],
      { fieldSuggestions: config.fieldSuggestions },
    ),
    // The direct path's checked answers are written as the subgraph wrote them (direct-fetch/answer-text.ts).
    stringifyResult,
    introspection: config.introspection,
    validationRules: validationRules(config.limits),
    parseOptions: { maxTokens: config.limits.maxTokens },
  });
  await apollo.start();
  return apollo;
}
