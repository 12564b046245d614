/**
 * Apollo Server settings every service of the hub shares. The hub holds a secretariat's data and
 * must not phone home: Apollo's usage and schema reporting are off unless an operator turns them
 * on deliberately, and the landing page (which loads Apollo's hosted Sandbox) is off.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginSchemaReportingDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ErrorCode } from "./errors.js";

function quietPlugins(): ApolloServerPlugin[] {
  return [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(), ApolloServerPluginLandingPageDisabled()];
}

/** The Apollo Server options every service of the hub, gateway and subgraphs alike, starts from. */
export function hubApolloOptions(service: string, log: ErrorLogger, extraPlugins: ApolloServerPlugin[] = [], options: { fieldSuggestions?: boolean } = {}) {
  return {
    plugins: [...quietPlugins(), ...extraPlugins],
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedErrors((message, error) => log(`${service}: ${message}`, error), options),
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // runService owns SIGINT/SIGTERM: it closes the HTTP server before Apollo, then the store.
    stopOnTerminationSignals: false,
  };
}

export type ErrorLogger = (message: string, error: unknown) => void;

/** The longest error message a client receives; longer ones (quoting the client's own input) are cut. */
export const MAX_MESSAGE_LENGTH = 500;

/**
 * Errors a resolver raised on purpose are GraphQLErrors with a code and pass through. Anything
 * else is a bug or an infrastructure fault: the client gets a generic message (no stack, SQL or
 * path), the full error goes to the log.
 */
export function maskUnexpectedErrors(log: ErrorLogger, options: { fieldSuggestions?: boolean } = {}) {
  const { fieldSuggestions = true } = options;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // "Did you mean …?" lets a stranger map a schema whose introspection is off.
    if (!fieldSuggestions && / Did you mean .*\?$/.test(formatted.message)) {
      formatted = { ...formatted, message: formatted.message.replace(/ Did you mean .*\?$/, "") };
    }
    // An error that quotes a client's input must not send a megabyte of it back.
    if (formatted.message.length > MAX_MESSAGE_LENGTH) {
      formatted = { ...formatted, message: `${formatted.message.slice(0, MAX_MESSAGE_LENGTH)}… (${formatted.message.length} characters, truncated)` };
    }
    let original = unwrapResolverError(error);
    // An error thrown outside a resolver (a plugin, a context function) reaches here wrapped in a
    // GraphQLError by Apollo Server: what decides is the error it wraps.
    if (original instanceof GraphQLError && original.originalError instanceof Error && !(original.originalError instanceof GraphQLError))
      original = original.originalError;
    if (original instanceof GraphQLError) return formatted;
    // Errors raised by graphql-js itself (validation, parsing) carry a code already.
    if (formatted.extensions?.code && formatted.extensions.code !== ErrorCode.Internal) return formatted;
    log("unexpected error while executing a request", original);
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.Internal },
    };
  };
}
