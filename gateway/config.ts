/**
 * The gateway's settings, parsed once at start-up. Every subgraph's URL comes from here, not
 * from the supergraph file: the URLs baked into the supergraph at composition are only defaults.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { flag, httpUrl, optionalString, port, positiveInteger, type Env } from "../subgraphs/platform/config.js";
import { MOST_LIST_ARGUMENT_ITEMS } from "../subgraphs/platform/list-arguments.js";
import { defaultSubgraphUrl, SUBGRAPHS, type SubgraphInfo } from "../subgraphs/registry.js";
import type { QueryLimits } from "./security/limits.js";
import type { RateLimitSettings } from "./security/rate-limit.js";
import { subgraphSecret } from "../subgraphs/platform/service-config.js";
import { readAuthMode, type AuthMode } from "../subgraphs/platform/auth-mode.js";
import { readForwardedHeaders } from "./subgraph-calls/forwarded-headers.js";
import { readTokenConfig, type TokenConfig } from "./security/tokens.js";

export type SubgraphEndpoint = { name: string; url: string };

export type GatewayConfig = {
  host: string;
  port: number;
  portVariable: string;
  supergraphFile: string;
  /** Where /ready and /metrics are served (not on the public port): loopback unless chosen otherwise. */
  operations: { host: string; port: number; portVariable: string };
  subgraphs: SubgraphEndpoint[];
  /** Upper bound on one subgraph call, from connecting to the last byte of the answer. */
  subgraphTimeoutMs: number;
  /**
   * Keep-alive connections per subgraph pool, which bounds the calls in flight to one subgraph. A
   * subgraph is one Node process: past a few concurrent requests it only interleaves them and each
   * takes longer, so requests are better queued here, in order: fewer connections gave the large
   * listing a lower p99 under load at the same throughput (docs/performance.md, "4 connections per
   * subgraph"). Raise it for remote or multi-process subgraphs.
   */
  subgraphConnections: number;
  maxBodyBytes: number;
  /** The largest answer the gateway reads from one subgraph call. */
  subgraphMaxResponseBytes: number;
  introspection: boolean;
  /**
   * Apollo's anonymous gateway telemetry (cloud metadata probes plus metrics sent to Apollo).
   * RISKY if enabled: it makes connections off this machine. Off unless HUB_APOLLO_TELEMETRY=true.
   */
  apolloTelemetry: boolean;
  /**
   * RISKY: "development" forwards the client's own x-hub-claims header to the subgraphs, so anyone
   * who reaches the gateway can claim any role. "none" (the default) strips it.
   */
  authMode: AuthMode;
  /** HUB_SUBGRAPH_SECRET: the gateway signs every subgraph request with it (required in jwt mode). */
  subgraphSecret: string | null;
  /** Token verification (HUB_JWT_*) in jwt mode, checked here; the key is imported when the gateway starts. */
  jwt: TokenConfig | null;
  limits: QueryLimits;
  /** Field suggestions ("Did you mean …?") in errors: they let a stranger map the schema. */
  fieldSuggestions: boolean;
  /** When set, only these operations (sha256 of the query text → query) are served. */
  persistedOperationsFile: string | null;
  /** Client headers passed on to every subgraph call (HUB_FORWARD_HEADERS); none by default. */
  forwardHeaders: string[];
  /** Single-subgraph queries answered straight from the subgraph (see direct-fetch/); on by default. */
  directFetch: boolean;
  /** Requests per second and burst per client (security/rate-limit.ts); null when HUB_RATE_LIMIT_PER_SECOND is 0. */
  rateLimit: RateLimitSettings | null;
  /** Where the built console is served from (HUB_CONSOLE_DIR, default dist/console); null when HUB_CONSOLE=false. */
  consoleDir: string | null;
};

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), findUp());

/** gateway/ in sources, dist/gateway/ when compiled: the project root is one or two levels up. */
function findUp(): string {
  return path.basename(path.dirname(path.dirname(fileURLToPath(import.meta.url)))) === "dist" ? "../.." : "..";
}

export function projectRoot(): string {
  return PROJECT_ROOT;
}

function subgraphUrl(env: Env, subgraph: SubgraphInfo): string {
  // An explicit URL wins; otherwise loopback on the subgraph's configured (or default) port.
  const configuredPort = port(env, `${subgraph.envPrefix}_PORT`, subgraph.defaultPort);
  const fallback = configuredPort === subgraph.defaultPort ? defaultSubgraphUrl(subgraph) : `http://127.0.0.1:${configuredPort}/graphql`;
  return httpUrl(env, `${subgraph.envPrefix}_URL`, fallback);
}

/** HUB_RATE_LIMIT_PER_SECOND (0 turns the limit off) and HUB_RATE_LIMIT_BURST. */
function readRateLimit(env: Env): RateLimitSettings | null {
  if (optionalString(env, "HUB_RATE_LIMIT_PER_SECOND", "") === "0") return null;
  const perSecond = positiveInteger(env, "HUB_RATE_LIMIT_PER_SECOND", 50, "requests per second");
  return { perSecond, burst: positiveInteger(env, "HUB_RATE_LIMIT_BURST", Math.max(100, 2 * perSecond), "requests") };
}

export function readGatewayConfig(env: Env): GatewayConfig {
  // Production unless told otherwise: a forgotten NODE_ENV gets the safe defaults.
  const production = (env.NODE_ENV?.trim() || "production") === "production";
  const authMode = readAuthMode(env);
  return {
    host: optionalString(env, "HUB_HOST", "127.0.0.1"),
    port: port(env, "HUB_GATEWAY_PORT", 4000),
    portVariable: "HUB_GATEWAY_PORT",
    operations: { host: optionalString(env, "HUB_OPS_HOST", "127.0.0.1"), port: port(env, "HUB_GATEWAY_OPS_PORT", 4100), portVariable: "HUB_GATEWAY_OPS_PORT" },
    supergraphFile: path.resolve(optionalString(env, "HUB_SUPERGRAPH_FILE", path.join(PROJECT_ROOT, "schema", "supergraph.graphql"))),
    subgraphs: SUBGRAPHS.map((subgraph) => ({ name: subgraph.name, url: subgraphUrl(env, subgraph) })),
    subgraphTimeoutMs: positiveInteger(env, "HUB_SUBGRAPH_TIMEOUT_MS", 5000, "milliseconds"),
    subgraphConnections: positiveInteger(env, "HUB_SUBGRAPH_CONNECTIONS", 4, "connections"),
    maxBodyBytes: positiveInteger(env, "HUB_MAX_BODY_BYTES", 1024 * 1024, "bytes"),
    subgraphMaxResponseBytes: positiveInteger(env, "HUB_SUBGRAPH_MAX_RESPONSE_BYTES", 64 * 1024 * 1024, "bytes"),
    introspection: flag(env, "HUB_INTROSPECTION", !production),
    apolloTelemetry: flag(env, "HUB_APOLLO_TELEMETRY", false),
    authMode,
    subgraphSecret: subgraphSecret(env),
    jwt: authMode === "jwt" ? readTokenConfig(env) : null,
    limits: {
      maxDepth: positiveInteger(env, "HUB_MAX_DEPTH", 10, "levels"),
      maxAliases: positiveInteger(env, "HUB_MAX_ALIASES", 20, "aliases"),
      maxDirectives: positiveInteger(env, "HUB_MAX_DIRECTIVES", 20, "directives"),
      maxTokens: positiveInteger(env, "HUB_MAX_TOKENS", 5000, "tokens"),
      maxRootFields: positiveInteger(env, "HUB_MAX_ROOT_FIELDS", 20, "root fields"),
      maxCost: positiveInteger(env, "HUB_MAX_COST", 200_000, "cost units"),
      expensiveCost: positiveInteger(env, "HUB_EXPENSIVE_COST", 40_000, "cost units"),
      maxExpensivePerClient: positiveInteger(env, "HUB_MAX_EXPENSIVE_PER_CLIENT", 2, "requests"),
      defaultListSize: positiveInteger(env, "HUB_COST_LIST_SIZE", 10, "items"),
      maxListArgument: positiveInteger(env, "HUB_MAX_LIST_ARGUMENT", MOST_LIST_ARGUMENT_ITEMS, "items"),
    },
    fieldSuggestions: flag(env, "HUB_FIELD_SUGGESTIONS", !production),
    persistedOperationsFile: optionalString(env, "HUB_PERSISTED_OPERATIONS", "") ? path.resolve(optionalString(env, "HUB_PERSISTED_OPERATIONS", "")) : null,
    forwardHeaders: readForwardedHeaders(env),
    directFetch: flag(env, "HUB_GATEWAY_DIRECT_FETCH", true),
    rateLimit: readRateLimit(env),
    consoleDir: flag(env, "HUB_CONSOLE", true) ? path.resolve(optionalString(env, "HUB_CONSOLE_DIR", path.join(PROJECT_ROOT, "dist", "console"))) : null,
  };
}
