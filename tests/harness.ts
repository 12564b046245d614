/**
 * Starts the hub for tests: the gateway and the subgraphs a test file needs (all five unless it
 * says otherwise), all on port 0 in this process, each subgraph on a throwaway in-memory store.
 * Only the subgraphs started are loaded. Free of vitest, so benchmarks use it too; the test hooks
 * are in hub-hooks.ts.
 */
import { readGatewayConfig } from "../gateway/config.js";
import { createGatewayService, type GatewayService } from "../gateway/server.js";
import { SUBGRAPHS, type SubgraphName } from "../subgraphs/registry.js";
import { loadSubgraph, type SubgraphDefinitionOf } from "../subgraphs/services.js";
import { listen } from "../subgraphs/platform/listen.js";
import type { SubgraphServices } from "../subgraphs/shared/define-subgraph.js";
import type { SubgraphService } from "../subgraphs/shared/subgraph-service.js";

export type Stores = { [Name in SubgraphName]: ReturnType<SubgraphDefinitionOf<Name>["openStore"]> };
/** Each subgraph's long-lived services, as its process builds them (its engine, vote index, alerts). */
export type Services = { [Name in SubgraphName]: ReturnType<SubgraphDefinitionOf<Name>["createServices"]> };

/**
 * Where the gateway is sent for a subgraph a test did not start: a port nothing listens on
 * (port 1, TCP port service multiplexer, is not served on a test machine), so a query that needs
 * it fails at once and says which subgraph it needed.
 */
const NOT_STARTED_URL = "http://127.0.0.1:1/graphql";

export type HubOptions = {
  /** The subgraphs to start; the others are absent, as if down. All five when not given. */
  subgraphs?: readonly SubgraphName[];
};

export type GraphQLResult = { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };

export type RunningHub = {
  gatewayUrl: string;
  /** The gateway's operations address: /health, /ready, /metrics. */
  operationsUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  stores: Stores;
  services: Services;
  /** Each subgraph's HTTP service (stopping one takes that subgraph down). */
  subgraphServices: Record<SubgraphName, SubgraphService>;
  gateway: GatewayService;
  query: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult>;
  stop: () => Promise<void>;
};

export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as GraphQLResult;
}

/** Starts one subgraph on port 0 with an in-memory store, its services built as its process builds them. */
export async function startSubgraph<Name extends SubgraphName>(
  name: Name,
  signatureSecret: string | null = null,
): Promise<{ url: string; store: Stores[Name]; services: Services[Name]; service: SubgraphService }> {
  const subgraph = (await loadSubgraph(name)) as unknown as {
    openStore: (file: string) => Stores[Name];
    createServices: (store: Stores[Name]) => Services[Name];
    createService: (services: Services[Name], options: { signatureSecret: string | null }) => Promise<SubgraphService>;
  };
  const store = subgraph.openStore(":memory:");
  const services = subgraph.createServices(store);
  const service = await subgraph.createService(services, { signatureSecret });
  const base = await listen(service.httpServer, { host: "127.0.0.1", port: 0, service: name, portVariable: "test" });
  return { url: `${base}/graphql`, store, services, service };
}

export async function startHub(extraEnv: Record<string, string> = {}, options: HubOptions = {}): Promise<RunningHub> {
  const wanted = new Set<SubgraphName>(options.subgraphs ?? SUBGRAPHS.map((subgraph) => subgraph.name));
  const started: SubgraphService[] = [];
  const urls = {} as Record<SubgraphName, string>;
  const stores = {} as Record<SubgraphName, unknown>;
  const built = {} as Record<SubgraphName, Services[SubgraphName]>;
  const services = {} as Record<SubgraphName, SubgraphService>;
  let gateway: GatewayService | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(started.map((service) => service.stop()));
  };
  try {
    for (const subgraph of SUBGRAPHS) {
      if (!wanted.has(subgraph.name)) {
        urls[subgraph.name] = NOT_STARTED_URL;
        continue;
      }
      const running = await startSubgraph(subgraph.name, extraEnv.HUB_SUBGRAPH_SECRET ?? null);
      started.push(running.service);
      urls[subgraph.name] = running.url;
      stores[subgraph.name] = running.store;
      built[subgraph.name] = running.services;
      services[subgraph.name] = running.service;
    }
    // No rate limit unless a test asks for one: tests send requests far faster than any person.
    const env: Record<string, string> = { HUB_GATEWAY_PORT: "0", HUB_RATE_LIMIT_PER_SECOND: "0" };
    for (const subgraph of SUBGRAPHS) env[`${subgraph.envPrefix}_URL`] = urls[subgraph.name];
    // Settings a test gives win, a subgraph URL among them (e.g. one pointing at a stalled server).
    Object.assign(env, extraEnv);
    gateway = await createGatewayService(readGatewayConfig(env));
    const base = await listen(gateway.httpServer, { host: "127.0.0.1", port: 0, service: "gateway", portVariable: "HUB_GATEWAY_PORT" });
    const gatewayUrl = `${base}/graphql`;
    const operationsUrl = await listen(gateway.operationsServer, {
      host: "127.0.0.1",
      port: 0,
      service: "gateway operations",
      portVariable: "HUB_GATEWAY_OPS_PORT",
    });
    // The subgraphs that read the hub (overlaps, un-votes) learn the gateway's port only now, as from the launcher.
    for (const running of Object.values<SubgraphServices<unknown>>(built)) running.hubGateway?.useAddress(gatewayUrl);
    return {
      gatewayUrl,
      operationsUrl,
      subgraphUrls: urls,
      stores: stores as Stores,
      services: built as Services,
      subgraphServices: services,
      gateway,
      query: (q, v) => postGraphQL(gatewayUrl, q, v),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
