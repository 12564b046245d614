/**
 * Whether a request's variables are what its operation declares, checked against the API schema
 * as Apollo Gateway checks them before planning (`getVariableValues`). A request that fails is
 * Apollo Gateway's to refuse: it answers HTTP 400 with BAD_USER_INPUT and the reason, before any
 * subgraph call. The gateway's passes that read variables earlier (the cost limit) or call
 * subgraphs without Apollo (the fast paths) step aside for it; otherwise a value the API schema
 * hides (an `@inaccessible` enum value) could reach a subgraph that still knows it.
 */
import { getVariableValues, type GraphQLSchema, type OperationDefinitionNode } from "graphql";

export function variablesAccepted(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): boolean {
  if (!operation.variableDefinitions?.length) return true;
  return !getVariableValues(schema, operation.variableDefinitions, variables ?? {}).errors;
}
