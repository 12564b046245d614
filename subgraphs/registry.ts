/**
 * The hub's subgraphs: their names (as in the supergraph), the prefix of their settings, and
 * the port each listens on unless configured otherwise. The supergraph's default URLs use these
 * ports, so the checked-in supergraph runs unchanged on Apollo Router or Hive Gateway against
 * subgraphs started with default settings.
 */
export type SubgraphInfo = { name: string; envPrefix: string; defaultPort: number };

export const SUBGRAPHS = [
  { name: "community-of-democracies", envPrefix: "HUB_COD", defaultPort: 4101 },
  { name: "un-votes", envPrefix: "HUB_UN_VOTES", defaultPort: 4102 },
  { name: "d10", envPrefix: "HUB_D10", defaultPort: 4103 },
  { name: "alliance", envPrefix: "HUB_ALLIANCE", defaultPort: 4104 },
  { name: "overlaps", envPrefix: "HUB_OVERLAPS", defaultPort: 4105 },
] as const satisfies readonly SubgraphInfo[];

export type SubgraphName = (typeof SUBGRAPHS)[number]["name"];

export function defaultSubgraphUrl(subgraph: SubgraphInfo): string {
  return `http://127.0.0.1:${subgraph.defaultPort}/graphql`;
}

export function subgraphInfo(name: SubgraphName): SubgraphInfo {
  const found = SUBGRAPHS.find((subgraph) => subgraph.name === name);
  if (!found) throw new Error(`unknown subgraph ${name}`);
  return found;
}
