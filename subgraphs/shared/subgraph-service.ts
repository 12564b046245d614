/**
 * What the five subgraphs have in common as services: an Apollo Server over the shared HTTP
 * layer with the hub's quiet, masked defaults, and a process entry point.
 */
import type { GraphQLSchema } from "graphql";
import type http from "node:http";
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { hubApolloOptions } from "../platform/apollo-defaults.js";
import { createHttpService, sendJson } from "../platform/http-service.js";
import { close, listen } from "../platform/listen.js";
import { runService } from "../platform/run-service.js";
import { readSubgraphConfig } from "../platform/service-config.js";
import { subgraphInfo } from "../registry.js";
import type { Subgraph } from "./define-subgraph.js";

export type SubgraphService = {
  httpServer: http.Server;
  stop: () => Promise<void>;
};

export type SubgraphServiceOptions<TContext extends BaseContext> = {
  service: string;
  schema: GraphQLSchema;
  /** Called once per request: per-request DataLoaders are made here, claims read from the request. */
  createContext: (req: http.IncomingMessage) => TContext;
  maxBodyBytes?: number;
  /** Released after the HTTP server has closed (the store, typically). */
  onStop?: () => void;
  signatureSecret?: string | null;
};

export async function createSubgraphService<TContext extends BaseContext>(options: SubgraphServiceOptions<TContext>): Promise<SubgraphService> {
  const { service, schema, createContext, maxBodyBytes = 4 * 1024 * 1024, onStop, signatureSecret } = options;
  const apollo = new ApolloServer<TContext>({
    schema,
    // Inline traces would let any caller ask for per-field timings; off unless a deployment adds them.
    // Cache control is off too: the hub sets no cache hints, and the plugin wraps every resolver
    // to collect them, which made large listings markedly slower.
    ...hubApolloOptions(service, (message, error) => console.error(message, error), [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ]),
  });
  await apollo.start();
  const httpServer = createHttpService<TContext>({
    apollo,
    context: async ({ req }) => createContext(req),
    maxBodyBytes,
    signatureSecret,
    service,
    routes: { "/health": (_req, res) => sendJson(res, 200, { status: "ok", service }) },
  });
  let stopped: Promise<void> | undefined;
  return {
    httpServer,
    // Idempotent: a signal and a failing start-up may both ask for it.
    stop() {
      stopped ??= (async () => {
        await close(httpServer);
        await apollo.stop();
        onStop?.();
      })();
      return stopped;
    },
  };
}

/** The body of a subgraph's `index.ts`: read settings, open the store, build, listen, stop on a signal. */
export function startSubgraphProcess<Store extends { close(): void }>(subgraph: Subgraph<Store>): void {
  void runService(subgraph.name, async () => {
    const info = subgraphInfo(subgraph.name);
    const config = readSubgraphConfig(process.env, info);
    subgraph.readSettings?.();
    const store = subgraph.openStore(config.storeFile);
    const service = await subgraph.createService(store, config);
    const base = await listen(service.httpServer, { host: config.host, port: config.port, service: info.name, portVariable: config.portVariable }).catch(
      async (error) => {
        await service.stop();
        throw error;
      },
    );
    void subgraph.onListening?.(store);
    return { url: `${base}/graphql`, stop: service.stop };
  });
}
