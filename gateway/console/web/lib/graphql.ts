/**
 * The console's only way to the hub: its own persisted operations, by name, POSTed to /graphql
 * like any client's (same limits, same rate limit). Partial answers are kept: a panel shows what
 * came back and names what did not.
 */
import operations from "console:operations";
import type { ConsoleOperations } from "../generated/operation-types.js";

/** The console's operations by name (web/operations), typed from the schema (generated/operation-types.ts). */
export type OperationName = keyof ConsoleOperations;
export type ResultOf<N extends OperationName> = ConsoleOperations[N]["result"];
export type VariablesOf<N extends OperationName> = ConsoleOperations[N]["variables"];

export type GraphQLErrorInfo = { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> };

export type Answer<T> = { data: T | null; errors: GraphQLErrorInfo[] };

export async function request<N extends OperationName>(operationName: N, variables: VariablesOf<N>): Promise<Answer<ResultOf<N>>> {
  type T = ResultOf<N>;
  const query = operations[operationName];
  if (!query) throw new Error(`the console has no operation named ${operationName}`);
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables, operationName }),
    });
  } catch (error) {
    return { data: null, errors: [{ message: `the hub did not answer: ${(error as Error).message}` }] };
  }
  let body: { data?: T | null; errors?: GraphQLErrorInfo[] };
  try {
    body = await response.json();
  } catch {
    return { data: null, errors: [{ message: `the hub answered HTTP ${response.status} without a GraphQL body` }] };
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** The errors under one field of the answer (by its path), for the panel that shows that field. */
export function errorsAt(errors: readonly GraphQLErrorInfo[], ...prefix: (string | number)[]): GraphQLErrorInfo[] {
  return errors.filter((error) => !error.path || prefix.every((key, i) => error.path![i] === key));
}

/** One line a reader can act on: the messages, without repeats. */
export function describeErrors(errors: readonly GraphQLErrorInfo[]): string {
  return [...new Set(errors.map((error) => error.message))].join(" · ");
}
