/**
 * The one place that turns a type-graphql schema into an Apollo Federation 2 subgraph: the
 * federation spec version and the directives imported from it live here and nowhere else.
 */
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { withCostConventions } from "./cost-conventions.js";
import { buildSchema, createResolversMap, getMetadataStorage, type AuthChecker, type NonEmptyArray } from "type-graphql";

/** Resolvers per type name, as @apollo/subgraph takes them. */
export type ResolverMap = Record<string, Record<string, unknown>>;

export const FEDERATION_SPEC_URL = "https://specs.apollo.dev/federation/v2.9";
// 2.9 brings demand control: `@cost` and `@listSize` (cost.ts) travel through composition to the supergraph.
const IMPORTED_DIRECTIVES = ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@cost", "@listSize"];

const LINK = `extend schema @link(url: "${FEDERATION_SPEC_URL}", import: [${IMPORTED_DIRECTIVES.map((d) => `"${d}"`).join(", ")}])`;

export type FederatedSchemaOptions = {
  /** This subgraph's resolver classes; never the global metadata of every class loaded. */
  resolvers: NonEmptyArray<Function>;
  /** Types no resolver returns but the schema must still hold (entities only referenced by key). */
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  referenceResolvers?: ResolverMap;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subgraph's checker has its own context type
  authChecker?: AuthChecker<any>;
};

export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  // TypeScript applies parameter decorators last to first, so type-graphql records a method's
  // arguments in reverse. A stable sort by position (metadata is grouped per method later) puts
  // every field's arguments in the order its resolver declares them.
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
  const plain = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    // type-graphql insists on a checker whenever any loaded class uses @Authorized, even in a
    // schema without such fields; a subgraph with no checker of its own authorizes nothing.
    authChecker: options.authChecker ?? (() => false),
    validate: false,
    // A subgraph may legitimately lack a Query of its own; composition checks the whole graph.
    skipCheck: true,
  });
  const typeDefs = withCostConventions(parse(`${LINK}\n${printSchemaWithDirectives(plain)}`));
  const generated = createResolversMap(plain) as ResolverMap;
  // The cast bridges two libraries' resolver-map typings that describe the same runtime shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- @apollo/subgraph types resolvers more narrowly than the maps graphql-tools merges
  return buildSubgraphSchema({ typeDefs, resolvers: mergeResolverMaps(generated, options.referenceResolvers ?? {}) as any });
}

function mergeResolverMaps(base: ResolverMap, extra: ResolverMap): ResolverMap {
  const merged: ResolverMap = { ...base };
  for (const [typeName, resolvers] of Object.entries(extra)) {
    merged[typeName] = { ...base[typeName], ...resolvers };
  }
  return merged;
}
