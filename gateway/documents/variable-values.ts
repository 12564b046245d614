/**
 * A request's variables as the gateway's passes use them before, or instead of, Apollo Gateway's
 * execution: the ones a subgraph fetch takes, and whether the operation accepts them at all.
 */
import { getVariableValues, type GraphQLSchema, type OperationDefinitionNode } from "graphql";

/**
 * The request's variables a subgraph fetch uses, picked as Apollo Gateway picks them: each one the
 * fetch names that the request holds as its own and not undefined.
 */
export function variablesForFetch(usages: readonly string[], variables: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  if (!variables) return picked;
  for (const name of usages) if (Object.hasOwn(variables, name) && variables[name] !== undefined) picked[name] = variables[name];
  return picked;
}

/**
 * Whether a request's variables are what its operation declares, checked against the API schema
 * as Apollo Gateway checks them before planning (`getVariableValues`). A request that fails is
 * Apollo Gateway's to refuse: it answers HTTP 400 with BAD_USER_INPUT and the reason, before any
 * subgraph call. The gateway's passes that read variables earlier (the cost limit) or call
 * subgraphs without Apollo (the fast paths) step aside for it; otherwise a value the API schema
 * hides (an `@inaccessible` enum value) could reach a subgraph that still knows it.
 */
export function variablesAccepted(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): boolean {
  if (!operation.variableDefinitions?.length) return true;
  return !getVariableValues(schema, operation.variableDefinitions, variables ?? {}).errors;
}
