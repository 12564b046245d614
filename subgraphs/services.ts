/**
 * Every subgraph's schema builder and service factory by name: what the compose script and the
 * test harness need to run all four in one process. Production runs each from its own index.ts.
 */
import type { GraphQLSchema } from "graphql";
import { buildAllianceSchema, createAllianceService } from "./alliance/server.js";
import { openAllianceStore } from "./alliance/store.js";
import { buildCodSchema, createCodService } from "./community-of-democracies/server.js";
import { openCodStore } from "./community-of-democracies/store.js";
import { buildD10Schema, createD10Service } from "./d10/server.js";
import { openD10Store } from "./d10/store.js";
import type { SubgraphName } from "./registry.js";
import type { SubgraphService } from "./shared/subgraph-service.js";
import { buildUnVotesSchema, createUnVotesService } from "./un-votes/server.js";
import { openUnVotesStore } from "./un-votes/store.js";

export type SubgraphFactory = {
  buildSchema: () => Promise<GraphQLSchema>;
  /** Opens the store at `storeFile` (":memory:" for a throwaway one) and builds the service. */
  create: (storeFile: string) => Promise<SubgraphService>;
};

export const SUBGRAPH_FACTORIES: Record<SubgraphName, SubgraphFactory> = {
  "community-of-democracies": { buildSchema: buildCodSchema, create: (file) => createCodService(openCodStore(file)) },
  "un-votes": { buildSchema: buildUnVotesSchema, create: (file) => createUnVotesService(openUnVotesStore(file)) },
  d10: { buildSchema: buildD10Schema, create: (file) => createD10Service(openD10Store(file)) },
  alliance: { buildSchema: buildAllianceSchema, create: (file) => createAllianceService(openAllianceStore(file)) },
};
