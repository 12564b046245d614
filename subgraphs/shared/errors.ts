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
} as const;
