/**
 * Every subgraph by name: what the compose script and the test harness need to run all four in
 * one process. Production runs each from its own index.ts.
 */
import { allianceSubgraph } from "./alliance/server.js";
import { codSubgraph } from "./community-of-democracies/server.js";
import { d10Subgraph } from "./d10/server.js";
import type { SubgraphName } from "./registry.js";
import { overlapsSubgraph } from "./overlaps/server.js";
import { unVotesSubgraph } from "./un-votes/server.js";

export const SUBGRAPH_FACTORIES = {
  "community-of-democracies": codSubgraph,
  "un-votes": unVotesSubgraph,
  d10: d10Subgraph,
  alliance: allianceSubgraph,
  overlaps: overlapsSubgraph,
} satisfies Record<SubgraphName, { name: SubgraphName }>;
