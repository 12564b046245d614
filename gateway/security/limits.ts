/**
 * Limits on what one request may ask of the hub. Depth, aliases and directives are checked by
 * graphql-armor's validation rules, tokens by graphql-js's parser, cost and root fields by a plugin
 * that sees the request's variables. Every refusal is an HTTP 400 with a code, never a 500.
 */
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationContext, type ValidationRule } from "graphql";
import { fragmentsOf } from "../documents/fragments.js";
import { variablesAccepted } from "../documents/variable-values.js";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { LRUCache } from "lru-cache";
import type { CostDirectives } from "./cost-directives.js";
import { ExpensiveRequestLimiter } from "./expensive-requests.js";
import { ErrorCode } from "../../subgraphs/platform/errors.js";
import { directiveEstimator, listArgumentSize, sizesFromParents } from "./cost-model.js";

// The CommonJS build, loaded as such: the ESM build imports graphql/index.mjs, a second copy of
// graphql that the gateway's (CommonJS) schema objects do not belong to.
const { getComplexity } = createRequire(import.meta.url)("graphql-query-complexity") as typeof import("graphql-query-complexity");

export type QueryLimits = {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxRootFields: number;
  /** Upper bound on the estimated cost (cost-model.ts). */
  maxCost: number;
  /** From this estimated cost on a request is expensive: a client may have `maxExpensivePerClient` of them in flight. */
  expensiveCost: number;
  maxExpensivePerClient: number;
  /** Items assumed for a list field without a `first` argument. */
  defaultListSize: number;
  /** The most items one list argument (`codes`, ids) may hold. */
  maxListArgument: number;
};

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

/** What an operation costs under the supergraph's directives; throws QUERY_TOO_COSTLY for a list argument over the limit. */
export function operationCost(
  directives: CostDirectives,
  limits: Pick<QueryLimits, "defaultListSize" | "maxListArgument">,
  {
    schema,
    document,
    variables,
    operationName,
  }: { schema: GraphQLSchema; document: DocumentNode; variables: Record<string, unknown>; operationName?: string | null },
): number {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return 0;
  const fragments = fragmentsOf(document);
  const fromParents = sizesFromParents(schema, directives, operation, fragments, variables);
  const estimator = directiveEstimator(directives, limits, fromParents, (message) => rejected(ErrorCode.QueryTooCostly, message));
  return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [estimator] });
}

/** Who a request is for the per-client limits: a verified token's subject, else the address it came from (set by the server's context). */
export type ClientKey = { client?: string };

export function costPlugin(limits: QueryLimits, directives: CostDirectives): ApolloServerPlugin<ClientKey> {
  const expensive = new ExpensiveRequestLimiter(limits.maxExpensivePerClient);
  // A cost depends only on the operation and its variables (the schema never changes while the
  // gateway runs): worked out once per pair, not by walking the document on every request. Keyed
  // by a digest of the variables, never their text: 2,000 keys of a client's ~1 MB variables
  // would otherwise hold 2 GB.
  const costs = new LRUCache<string, number>({ max: 2000 });
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
      return {
        async didResolveOperation({ request, document, schema, operation, queryHash, contextValue }) {
          if (!operation) return;
          const roots = operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD && !selection.name.value.startsWith("__")).length;
          if (roots > limits.maxRootFields) {
            throw rejected("TOO_MANY_ROOT_FIELDS", `Too many root fields: at most ${limits.maxRootFields} per request, received ${roots}.`);
          }
          // An over-long list among the variables is refused before anything reads them: coercing
          // 10,000 codes to find out cost a refused request several milliseconds of this thread.
          const longest = listArgumentSize(request.variables ?? {});
          if (longest > limits.maxListArgument) {
            throw rejected(ErrorCode.QueryTooCostly, `variables: a list argument may hold at most ${limits.maxListArgument} items, received ${longest}.`);
          }
          const key = costCacheKey(queryHash, request.operationName, request.variables);
          let cost = costs.get(key);
          if (cost === undefined) {
            // Variables the operation does not accept are Apollo Gateway's to refuse, with a 400
            // that says why; pricing them would throw the coercion error here, as a 500.
            if (!variablesAccepted(schema, operation, request.variables)) return;
            cost = operationCost(directives, limits, { schema, document, variables: request.variables ?? {}, operationName: request.operationName });
            costs.set(key, cost);
          }
          if (cost > limits.maxCost) {
            throw rejected(
              ErrorCode.QueryTooCostly,
              `Query too costly: at most ${limits.maxCost}, estimated ${cost} (a list costs its items times its \`first\`, the length of its list argument or the size its \`@listSize\` declares, else ${limits.defaultListSize}; see the schema's @cost and @listSize).`,
            );
          }
          if (cost >= limits.expensiveCost) {
            release = expensive.acquire(contextValue.client ?? "unknown");
            if (!release) {
              throw new GraphQLError(
                `Too many expensive requests at once: at most ${limits.maxExpensivePerClient} per client priced at ${limits.expensiveCost} or more, and this one is estimated at ${cost}; retry when one has finished.`,
                { extensions: { code: ErrorCode.TooManyExpensiveRequests, http: { status: 429 } } },
              );
            }
          }
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
