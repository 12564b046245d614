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
import type { OverlapsStore } from "../subgraphs/overlaps/store.js";
import type { UnVotesStore } from "../subgraphs/un-votes/store.js";
import type { SubgraphService } from "../subgraphs/shared/subgraph-service.js";

export type Stores = { [Name in SubgraphName]: ReturnType<SubgraphDefinitionOf<Name>["openStore"]> };

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
  subgraphServices: Record<SubgraphName, SubgraphService>;
  gateway: GatewayService;
  query: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult>;
  stop: () => Promise<void>;
};

export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as GraphQLResult;
}

/** Starts one subgraph on port 0 with an in-memory store. */
export async function startSubgraph<Name extends SubgraphName>(
  name: Name,
  signatureSecret: string | null = null,
): Promise<{ url: string; store: Stores[Name]; service: SubgraphService }> {
  const factory = (await loadSubgraph(name)) as unknown as {
    openStore: (file: string) => Stores[Name];
    createService: (store: Stores[Name], options: { signatureSecret: string | null }) => Promise<SubgraphService>;
  };
  const store = factory.openStore(":memory:");
  const service = await factory.createService(store, { signatureSecret });
  const base = await listen(service.httpServer, { host: "127.0.0.1", port: 0, service: name, portVariable: "test" });
  return { url: `${base}/graphql`, store, service };
}

export async function startHub(extraEnv: Record<string, string> = {}, options: HubOptions = {}): Promise<RunningHub> {
  const wanted = new Set<SubgraphName>(options.subgraphs ?? SUBGRAPHS.map((subgraph) => subgraph.name));
  const started: SubgraphService[] = [];
  const urls = {} as Record<SubgraphName, string>;
  const stores = {} as Record<SubgraphName, unknown>;
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
    // The overlaps subgraph reads the hub through the gateway, whose port is known only now.
    if (wanted.has("overlaps")) {
      const [{ engineFor }, { readOverlapsSettings }] = await Promise.all([
        import("../subgraphs/overlaps/loaders.js"),
        import("../subgraphs/overlaps/settings.js"),
      ]);
      engineFor(stores.overlaps as OverlapsStore, readOverlapsSettings({})).snapshot.setGatewayUrl(gatewayUrl);
    }
    // So does un-votes, for the members of a body an alert subscription names.
    if (wanted.has("un-votes")) {
      const { alertsFor } = await import("../subgraphs/un-votes/alerts/alert-service.js");
      alertsFor(stores["un-votes"] as UnVotesStore).setGatewayUrl(gatewayUrl);
    }
    return {
      gatewayUrl,
      operationsUrl,
      subgraphUrls: urls,
      stores: stores as Stores,
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
