import { GraphQLError } from "graphql";

/** The stable `extensions.code` values clients can rely on. */
export const ErrorCode = {
  BadUserInput: "BAD_USER_INPUT",
  NotFound: "NOT_FOUND",
  Internal: "INTERNAL_SERVER_ERROR",
  SubgraphUnavailable: "SUBGRAPH_UNAVAILABLE",
  Unauthenticated: "UNAUTHENTICATED",
  Forbidden: "FORBIDDEN",
  NotEligible: "NOT_ELIGIBLE",
  Conflict: "CONFLICT",
  DeadlineExceeded: "DEADLINE_EXCEEDED",
  /** Too much heavy work already waiting; try again shortly. */
  Busy: "SERVICE_BUSY",
  // Refusals at the HTTP layer, before any GraphQL runs.
  BadRequest: "BAD_REQUEST",
  PayloadTooLarge: "PAYLOAD_TOO_LARGE",
  RateLimited: "RATE_LIMITED",
  TooManyExpensiveRequests: "TOO_MANY_EXPENSIVE_REQUESTS",
  /** Priced above the gateway's limit (demand control), or a list argument longer than allowed. */
  QueryTooCostly: "QUERY_TOO_COSTLY",
  PersistedQueryNotAllowed: "PERSISTED_QUERY_NOT_ALLOWED",
} as const;

/**
 * A refusal of one argument or input field, the one way every resolver words it: "<argument>:
 * <what was expected, and what was received>", with the code clients rely on and the argument's
 * path (a mutation's payload turns it into a user error naming that field).
 */
export function inputError(argument: string, message: string, code: string = ErrorCode.BadUserInput): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code, argument } });
}
