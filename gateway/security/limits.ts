/**
 * Limits on what one request may ask of the hub. Depth, aliases and directives are checked by
 * graphql-armor's validation rules, tokens by graphql-js's parser, cost and root fields by a plugin
 * that sees the request's variables. Every refusal is an HTTP 400 with a code, never a 500.
 */
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type FieldNode, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from "graphql";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { LRUCache } from "lru-cache";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { groupScopes, isListOutput, listArgumentSize, PAIRWISE_FIELDS, UNNARROWED_LIST_SIZES } from "./list-sizes.js";

// The CommonJS build, loaded as such: the ESM build imports graphql/index.mjs, a second copy of
// graphql that the gateway's (CommonJS) schema objects do not belong to.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)("graphql-query-complexity") as typeof import("graphql-query-complexity");

export type QueryLimits = {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxRootFields: number;
  /** Upper bound on the estimated cost (see listAwareEstimator). */
  maxCost: number;
  /** Items assumed for a list field without a `first` argument. */
  defaultListSize: number;
  /** The most items one list argument (`codes`, ids) may hold. */
  maxListArgument: number;
};

/**
 * A field that returns many things costs its children times how many (list-sizes.ts says how
 * many): its `first` argument when it has one; the length of a list argument it is given
 * (`countries(codes: …)`); inside a group's analysis, the group's size, and every pair of members
 * for the agreement matrix; `defaultListSize` for any other list. The `edges` and `nodes` of a
 * connection are already counted by the connection's `first`. A list argument longer than
 * `maxListArgument` is refused outright. A static per-field cost would let one query ask for every
 * vote of every roll call at the price of a single field.
 */
export function listAwareEstimator(
  limits: Pick<QueryLimits, "defaultListSize" | "maxListArgument">,
  scopes: WeakMap<FieldNode, number> = new WeakMap(),
): ComplexityEstimator {
  const { defaultListSize, maxListArgument } = limits;
  return ({ type, field, node, args, childComplexity }) => {
    const children = Math.max(1, childComplexity);
    const given = listArgumentSize(args);
    if (given > maxListArgument) {
      throw rejected("QUERY_TOO_COSTLY", `${field.name}: a list argument may hold at most ${maxListArgument} items, received ${given}.`);
    }
    const scope = scopes.get(node);
    if (PAIRWISE_FIELDS.has(`${type.name}.${field.name}`)) {
      // Every pair of members, or a page of them: a page costs no more than the pairs there are.
      const members = scope ?? defaultListSize;
      const pairs = Math.max(1, (members * (members - 1)) / 2);
      return 1 + Math.min(pairs, typeof args.first === "number" ? Math.max(1, args.first) : pairs) * children;
    }
    if (field.args.some((arg) => arg.name === "first"))
      return 1 + Math.max(1, typeof args.first === "number" ? args.first : given || (scope ?? defaultListSize)) * children;
    if (!isListOutput(field.type)) return undefined;
    if (field.name === "edges" || field.name === "nodes") return 1 + children;
    const items = given || UNNARROWED_LIST_SIZES[`${type.name}.${field.name}`] || Math.max(defaultListSize, scope ?? 0);
    return 1 + items * children;
  };
}

export function validationRules(limits: QueryLimits): ValidationRule[] {
  // Report a validation error (HTTP 400) instead of throwing, which Apollo Server answers with 500.
  const report = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  return [
    maxDepthRule({ n: limits.maxDepth, ...report }) as unknown as ValidationRule,
    // Every alias counts, those of __typename too (the library lets them through by default: a flood of them was answered).
    maxAliasesRule({ n: limits.maxAliases, allowList: [], ...report }) as unknown as ValidationRule,
    maxDirectivesRule({ n: limits.maxDirectives, ...report }) as unknown as ValidationRule,
  ];
}

function rejected(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** The cost cache's key: the operation and a digest of its name and variables, of bounded length whatever the client sends. */
export function costCacheKey(queryHash: string, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string {
  return `${queryHash}|${createHash("sha256")
    .update(`${operationName ?? ""}\n${JSON.stringify(variables ?? {})}`)
    .digest("base64url")}`;
}

export function costPlugin(limits: QueryLimits): ApolloServerPlugin {
  const fallback = simpleEstimator({ defaultComplexity: 1 });
  // A cost depends only on the operation and its variables (the schema never changes while the
  // gateway runs): worked out once per pair, not by walking the document on every request. Keyed
  // by a digest of the variables, never their text: 2,000 keys of a client's ~1 MB variables
  // would otherwise hold 2 GB.
  const costs = new LRUCache<string, number>({ max: 2000 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, queryHash }) {
          if (!operation) return;
          const roots = operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD && !selection.name.value.startsWith("__")).length;
          if (roots > limits.maxRootFields) {
            throw rejected("TOO_MANY_ROOT_FIELDS", `Too many root fields: at most ${limits.maxRootFields} per request, received ${roots}.`);
          }
          const key = costCacheKey(queryHash, request.operationName, request.variables);
          let cost = costs.get(key);
          if (cost === undefined) {
            const variables = request.variables ?? {};
            const fragments = new Map(
              document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
            );
            const estimators = [listAwareEstimator(limits, groupScopes(schema, operation, fragments, variables)), fallback];
            cost = getComplexity({ schema, query: document, variables, operationName: request.operationName, estimators });
            costs.set(key, cost);
          }
          if (cost > limits.maxCost) {
            throw rejected(
              "QUERY_TOO_COSTLY",
              `Query too costly: at most ${limits.maxCost}, estimated ${cost} (a list field costs its children times its \`first\`, the length of its list argument, the size of the group it analyses, or ${limits.defaultListSize}).`,
            );
          }
        },
      };
    },
  };
}
