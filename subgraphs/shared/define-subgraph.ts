/**
 * One description per subgraph (its resolvers, its store, its long-lived services, its
 * per-request context) from which its schema, its service and its process entry point are all
 * made the same way. The services are built once per open store, by the process and by the tests
 * alike, so nothing long-lived is found by lookup and every setting is read at start.
 */
import type { BaseContext } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { IncomingMessage } from "node:http";
import type { AuthChecker, NonEmptyArray } from "type-graphql";
import type { Env } from "../platform/config.js";
import type { HubGatewayClient } from "../platform/hub-gateway.js";
import type { SubgraphName } from "../registry.js";
import { countryReferenceResolvers } from "./countries/country-reference.js";
import { buildFederatedSchema, type ResolverMap } from "./federation.js";
import { createSubgraphService, type SubgraphService } from "./subgraph-service.js";

/** What a subgraph keeps for as long as its store is open. */
export type SubgraphServices<Store> = {
  store: Store;
  /** Subgraphs that read the hub: their client, told the gateway's address when the launcher knows it. */
  hubGateway?: HubGatewayClient;
  /** Stops what the services run (timers, deliveries, connections); the store closes after it. */
  close?: () => Promise<void>;
};

type Closable = { close(): void };

export type SubgraphDefinition<Store extends Closable, Services extends SubgraphServices<Store>, Context extends BaseContext> = {
  name: SubgraphName;
  /** This subgraph's resolver classes, the shared country queries among them. */
  resolvers: NonEmptyArray<Function>;
  /** Its `Country` class: an entity resolved by reference even where no field returns it. */
  orphanedTypes: Function[];
  /** `__resolveReference` for this subgraph's own entities besides Country. */
  referenceResolvers?: ResolverMap;
  /** Opens (creating, migrating and seeding) the store at a path, or ":memory:" for a throwaway one. */
  openStore: (file: string) => Store;
  /** Reads this subgraph's settings and builds its services over an open store; a bad setting throws a ConfigError. */
  createServices: (store: Store, env: Env) => Services;
  /** Called once per request: the per-request DataLoaders are made here, claims read from the request. */
  createContext: (services: Services, req: IncomingMessage) => Context;
  /** Decides @Authorized fields; only subgraphs with mutations need one. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subgraph's checker has its own context type
  authChecker?: AuthChecker<any, any>;
  /** Run by the subgraph's process once it listens (e.g. a first import); not run by tests or composition. */
  onListening?: (services: Services) => void | Promise<void>;
};

export type Subgraph<Store extends Closable, Services extends SubgraphServices<Store> = SubgraphServices<Store>> = {
  name: SubgraphName;
  buildSchema: () => Promise<GraphQLSchema>;
  openStore: (file: string) => Store;
  createServices: (store: Store, env?: Env) => Services;
  /** The service over a subgraph's services; stopping it stops them and closes the store. */
  createService: (services: Services, options?: { maxBodyBytes?: number; signatureSecret?: string | null }) => Promise<SubgraphService>;
  onListening?: (services: Services) => void | Promise<void>;
};

export function defineSubgraph<Store extends Closable, Services extends SubgraphServices<Store>, Context extends BaseContext>(
  definition: SubgraphDefinition<Store, Services, Context>,
): Subgraph<Store, Services> {
  const buildSchema = () =>
    buildFederatedSchema({
      resolvers: definition.resolvers,
      orphanedTypes: definition.orphanedTypes,
      referenceResolvers: { ...countryReferenceResolvers, ...definition.referenceResolvers },
      authChecker: definition.authChecker,
    });
  return {
    name: definition.name,
    buildSchema,
    openStore: definition.openStore,
    onListening: definition.onListening,
    createServices: (store, env = process.env) => definition.createServices(store, env),
    async createService(services, options = {}) {
      return createSubgraphService<Context>({
        service: definition.name,
        schema: await buildSchema(),
        createContext: (req) => definition.createContext(services, req),
        maxBodyBytes: options.maxBodyBytes,
        signatureSecret: options.signatureSecret,
        onStop: async () => {
          await services.close?.();
          services.store.close();
        },
      });
    },
  };
}
