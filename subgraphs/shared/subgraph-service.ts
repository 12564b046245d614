/**
 * What the five subgraphs have in common as services: an Apollo Server over the shared HTTP
 * layer with the hub's quiet, masked defaults (the process entry point is subgraph-process.ts).
 */
import type { GraphQLSchema } from "graphql";
import type http from "node:http";
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { hubApolloOptions } from "../platform/apollo-defaults.js";
import { createHttpService, sendJson } from "../platform/http-service.js";
import { close } from "../platform/listen.js";

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
  /** Released after the HTTP server has closed (the subgraph's services and store). */
  onStop?: () => void | Promise<void>;
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
        await onStop?.();
      })();
      return stopped;
    },
  };
}
