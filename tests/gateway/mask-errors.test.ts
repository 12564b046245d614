/** Errors that reach clients: chosen ones pass, unexpected ones are masked, however Apollo Server wrapped them. */
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { maskUnexpectedErrors } from "../../subgraphs/platform/apollo-defaults.js";

describe("masking unexpected errors", () => {
  const logged: unknown[] = [];
  const mask = maskUnexpectedErrors((_message, error) => logged.push(error));

  it("masks an error thrown outside a resolver, which Apollo Server wraps in a GraphQLError", () => {
    const cause = new RangeError("Maximum call stack size exceeded");
    const wrapped = new GraphQLError(cause.message, { originalError: cause });
    expect(mask({ message: wrapped.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, wrapped)).toMatchObject({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(logged).toContain(cause);
  });

  it("passes an error raised on purpose, with its code", () => {
    const chosen = new GraphQLError("Query too costly", { extensions: { code: "QUERY_TOO_COSTLY" } });
    expect(mask({ message: chosen.message, extensions: { code: "QUERY_TOO_COSTLY" } }, chosen)).toEqual({
      message: "Query too costly",
      extensions: { code: "QUERY_TOO_COSTLY" },
    });
  });
});
