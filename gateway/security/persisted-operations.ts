/**
 * An optional allow-list of operations (HUB_PERSISTED_OPERATIONS: a JSON file mapping the sha256
 * of each query text to the text). With it, the gateway serves only those operations, sent either
 * as the full text or as an Apollo persisted-query hash; anything else is refused with 400.
 */
import { ErrorCode } from "../../subgraphs/platform/errors.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { ConfigError } from "../../subgraphs/platform/config.js";

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function loadPersistedOperations(file: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError(
      "HUB_PERSISTED_OPERATIONS",
      "invalid",
      `expected a JSON file mapping sha256 hashes to queries at ${file}: ${(error as Error).message}`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError("HUB_PERSISTED_OPERATIONS", "invalid", `expected a JSON object mapping sha256 hashes to queries in ${file}`);
  }
  const operations = new Map<string, string>();
  for (const [hash, query] of Object.entries(parsed)) {
    if (typeof query !== "string" || sha256(query) !== hash) {
      throw new ConfigError("HUB_PERSISTED_OPERATIONS", "invalid", `entry ${hash} in ${file}: expected the sha256 of its query text as its key`);
    }
    operations.set(hash, query);
  }
  return operations;
}

export function persistedOperationsPlugin(operations: ReadonlyMap<string, string>): ApolloServerPlugin {
  const refuse = () =>
    new GraphQLError("This gateway serves only its persisted operations.", { extensions: { code: ErrorCode.PersistedQueryNotAllowed, http: { status: 400 } } });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          if (!request.query || !operations.has(sha256(request.query))) throw refuse();
        },
      };
    },
  };
}
