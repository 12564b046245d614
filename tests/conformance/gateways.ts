/**
 * The three gateways a conformance run compares, over the same subgraphs and one supergraph:
 * the hub's gateway with its direct path, the hub's gateway without it (Apollo Gateway's own
 * execution behind the hub's HTTP layer, data source and deduplication), and stock
 * @apollo/gateway on stock Apollo Server with its default data source (over Node's fetch).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { readGatewayConfig } from "../../gateway/config.js";
import type { DirectFetchGateway } from "../../gateway/direct-fetch/gateway.js";
import { createGatewayService } from "../../gateway/server.js";
import { listen } from "../../subgraphs/platform/listen.js";

export type GatewaysUnderTest = {
  hubDirect: string;
  hubApollo: string;
  stock: string;
  directPath: DirectFetchGateway;
  /** Where the supergraph was written, printed with a mismatch so it can be replayed. */
  supergraphFile: string;
  /** What the hub's gateways logged as errors (the originals of errors masked for clients). */
  loggedErrors: string[];
  stop: () => Promise<void>;
};

/** Limits far above anything generated: stock Apollo Gateway has none, and they are not what is compared. */
const NO_LIMITS = {
  HUB_MAX_DEPTH: "100",
  HUB_MAX_ALIASES: "10000",
  HUB_MAX_DIRECTIVES: "10000",
  HUB_MAX_TOKENS: "1000000",
  HUB_MAX_ROOT_FIELDS: "1000",
  HUB_MAX_COST: "1000000000",
  HUB_RATE_LIMIT_PER_SECOND: "0",
};

export async function startGatewaysUnderTest(name: string, supergraphSdl: string, subgraphUrls: Record<string, string>): Promise<GatewaysUnderTest> {
  const supergraphFile = path.join(mkdtempSync(path.join(os.tmpdir(), `hub-conformance-${name}-`)), "supergraph.graphql");
  writeFileSync(supergraphFile, supergraphSdl);
  const loggedErrors: string[] = [];
  const log = {
    warn: () => {},
    error: (...parts: unknown[]) => loggedErrors.push(parts.map((p) => (p instanceof Error ? p.message : String(p))).join(" ")),
  } as unknown as Console;
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const close of stops.reverse()) await close();
  };
  try {
    const hub = async (directFetch: boolean) => {
      const config = readGatewayConfig({
        NODE_ENV: "production",
        HUB_GATEWAY_PORT: "0",
        HUB_SUPERGRAPH_FILE: supergraphFile,
        HUB_GATEWAY_DIRECT_FETCH: String(directFetch),
        ...NO_LIMITS,
      });
      const service = await createGatewayService(
        { ...config, subgraphs: Object.entries(subgraphUrls).map(([subgraph, url]) => ({ name: subgraph, url })) },
        log,
      );
      stops.push(() => service.stop());
      const base = await listen(service.httpServer, { host: "127.0.0.1", port: 0, service: "gateway", portVariable: "test" });
      return { url: `${base}/graphql`, service };
    };
    const direct = await hub(true);
    const apolloOnly = await hub(false);

    process.env.APOLLO_TELEMETRY_DISABLED = "true";
    const stockServer = new ApolloServer({
      // Stock Apollo's default data source, with Node's own fetch: its default fetcher can reuse a
      // keep-alive socket the subgraph has just closed after 5 s idle, and answers ECONNRESET when
      // the machine is busy enough to leave such gaps (a race of the harness, not a difference).
      gateway: new ApolloGateway({
        supergraphSdl,
        logger: { debug() {}, info() {}, warn() {}, error() {} },
        buildService: ({ url }) => new RemoteGraphQLDataSource({ url, fetcher: fetch as unknown as RemoteGraphQLDataSource["fetcher"] }),
      }),
      includeStacktraceInErrorResponses: false,
      plugins: [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(), ApolloServerPluginLandingPageDisabled()],
    });
    const { url: stockUrl } = await startStandaloneServer(stockServer, { listen: { port: 0, host: "127.0.0.1" } });
    stops.push(() => stockServer.stop());
    return { hubDirect: direct.url, hubApollo: apolloOnly.url, stock: stockUrl, directPath: direct.service.directPath!, supergraphFile, loggedErrors, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
