/**
 * One description per subgraph (its resolvers, its store, its per-request context) from which
 * its schema, its service and its process entry point are all made the same way.
 */
import type { BaseContext } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { IncomingMessage } from "node:http";
import type { AuthChecker, NonEmptyArray } from "type-graphql";
import type { SubgraphName } from "../registry.js";
import { countryReferenceResolvers } from "./countries/country-reference.js";
import { buildFederatedSchema, type ResolverMap } from "./federation.js";
import { createSubgraphService, type SubgraphService } from "./subgraph-service.js";

export type SubgraphDefinition<Store extends { close(): void }, Context extends BaseContext> = {
  name: SubgraphName;
  /** This subgraph's resolver classes, the shared country queries among them. */
  resolvers: NonEmptyArray<Function>;
  /** Its `Country` class: an entity resolved by reference even where no field returns it. */
  orphanedTypes: Function[];
  /** `__resolveReference` for this subgraph's own entities besides Country. */
  referenceResolvers?: ResolverMap;
  /** Opens (creating, migrating and seeding) the store at a path, or ":memory:" for a throwaway one. */
  openStore: (file: string) => Store;
  /** Called once per request: the per-request DataLoaders are made here, claims read from the request. */
  createContext: (store: Store, req: IncomingMessage) => Context;
  /** Decides @Authorized fields; only subgraphs with mutations need one. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subgraph's checker has its own context type
  authChecker?: AuthChecker<any, any>;
  /** Reads and validates this subgraph's own settings; the process calls it before listening, so a bad setting stops it with one line. */
  readSettings?: () => unknown;
  /** Run by the subgraph's process once it listens (e.g. a first import); not run by tests or composition. */
  onListening?: (store: Store) => void | Promise<void>;
};

export type Subgraph<Store extends { close(): void }> = {
  name: SubgraphName;
  buildSchema: () => Promise<GraphQLSchema>;
  openStore: (file: string) => Store;
  /** The service over an open store; stopping the service closes the store. */
  createService: (store: Store, options?: { maxBodyBytes?: number; signatureSecret?: string | null }) => Promise<SubgraphService>;
  onListening?: (store: Store) => void | Promise<void>;
  readSettings?: () => unknown;
};

export function defineSubgraph<Store extends { close(): void }, Context extends BaseContext>(definition: SubgraphDefinition<Store, Context>): Subgraph<Store> {
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
    readSettings: definition.readSettings,
    async createService(store, options = {}) {
      return createSubgraphService<Context>({
        service: definition.name,
        schema: await buildSchema(),
        createContext: (req) => definition.createContext(store, req),
        maxBodyBytes: options.maxBodyBytes,
        signatureSecret: options.signatureSecret,
        onStop: () => store.close(),
      });
    },
  };
}
