/**
 * Limits on what one request may ask of the hub. Depth, aliases and directives are checked by
 * graphql-armor's validation rules, tokens by graphql-js's parser, cost and root fields by a plugin
 * that sees the request's variables. Every refusal is an HTTP 400 with a code, never a 500.
 */
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, isListType, isNonNullType, Kind, type GraphQLOutputType, type ValidationContext, type ValidationRule } from "graphql";
import { createRequire } from "node:module";
import { LRUCache } from "lru-cache";
import type { ComplexityEstimator } from "graphql-query-complexity";

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
};

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * A field that returns many things costs its children times how many: its `first` argument when
 * it has one (a list, or a connection), `defaultListSize` for any other list. The `edges` and
 * `nodes` of a connection are already counted by the connection's `first`. A static per-field
 * cost would let one query ask for every vote of every roll call at the price of a single field.
 */
export function listAwareEstimator(defaultListSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const children = Math.max(1, childComplexity);
    if (field.args.some((arg) => arg.name === "first")) return 1 + Math.max(1, typeof args.first === "number" ? args.first : defaultListSize) * children;
    if (!isList(field.type)) return undefined;
    if (field.name === "edges" || field.name === "nodes") return 1 + children;
    return 1 + defaultListSize * children;
  };
}

export function validationRules(limits: QueryLimits): ValidationRule[] {
  // Report a validation error (HTTP 400) instead of throwing, which Apollo Server answers with 500.
  const report = { exposeLimits: true, propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };
  return [
    maxDepthRule({ n: limits.maxDepth, ...report }) as unknown as ValidationRule,
    maxAliasesRule({ n: limits.maxAliases, ...report }) as unknown as ValidationRule,
    maxDirectivesRule({ n: limits.maxDirectives, ...report }) as unknown as ValidationRule,
  ];
}

function rejected(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

export function costPlugin(limits: QueryLimits): ApolloServerPlugin {
  const estimators = [listAwareEstimator(limits.defaultListSize), simpleEstimator({ defaultComplexity: 1 })];
  // A cost depends only on the operation and its variables (the schema never changes while the
  // gateway runs): worked out once per pair, not by walking the document on every request.
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
          const key = `${queryHash}|${request.operationName ?? ""}|${JSON.stringify(request.variables ?? {})}`;
          let cost = costs.get(key);
          if (cost === undefined) {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName, estimators });
            costs.set(key, cost);
          }
          if (cost > limits.maxCost) {
            throw rejected("QUERY_TOO_COSTLY", `Query too costly: at most ${limits.maxCost}, estimated ${cost} (a list field costs its children times its \`first\`, or ${limits.defaultListSize}).`);
          }
        },
      };
    },
  };
}

