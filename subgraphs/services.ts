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

export type SubgraphFactory<Store> = {
  buildSchema: () => Promise<GraphQLSchema>;
  /** Opens (creating, migrating and seeding) the store at a path, or ":memory:" for a throwaway one. */
  openStore: (file: string) => Store;
  createService: (store: Store) => Promise<SubgraphService>;
};

function factory<Store>(definition: SubgraphFactory<Store>): SubgraphFactory<Store> {
  return definition;
}

export const SUBGRAPH_FACTORIES = {
  "community-of-democracies": factory({ buildSchema: buildCodSchema, openStore: openCodStore, createService: (store) => createCodService(store) }),
  "un-votes": factory({ buildSchema: buildUnVotesSchema, openStore: openUnVotesStore, createService: (store) => createUnVotesService(store) }),
  d10: factory({ buildSchema: buildD10Schema, openStore: openD10Store, createService: (store) => createD10Service(store) }),
  alliance: factory({ buildSchema: buildAllianceSchema, openStore: openAllianceStore, createService: (store) => createAllianceService(store) }),
} satisfies Record<SubgraphName, SubgraphFactory<any>>;
