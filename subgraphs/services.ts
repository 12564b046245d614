/**
 * Every subgraph by name, loaded on demand: what the compose script and the test harness need to
 * run subgraphs in one process (a test that needs one subgraph loads only its code). Production
 * runs each from its own index.ts.
 */
import type { SubgraphName } from "./registry.js";

const LOADERS = {
  "community-of-democracies": async () => (await import("./community-of-democracies/server.js")).codSubgraph,
  "un-votes": async () => (await import("./un-votes/server.js")).unVotesSubgraph,
  d10: async () => (await import("./d10/server.js")).d10Subgraph,
  alliance: async () => (await import("./alliance/server.js")).allianceSubgraph,
  overlaps: async () => (await import("./overlaps/server.js")).overlapsSubgraph,
} satisfies Record<SubgraphName, () => Promise<{ name: SubgraphName }>>;

/** A subgraph's definition, by name. */
export type SubgraphDefinitionOf<Name extends SubgraphName> = Awaited<ReturnType<(typeof LOADERS)[Name]>>;

export function loadSubgraph<Name extends SubgraphName>(name: Name): Promise<SubgraphDefinitionOf<Name>> {
  return LOADERS[name]() as Promise<SubgraphDefinitionOf<Name>>;
}
