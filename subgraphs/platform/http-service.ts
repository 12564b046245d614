/**
 * Serving an Apollo Server over Node's own http module: `/graphql`, `/metrics`, and any extra
 * routes a service needs (`/health`). Small on purpose: the hub needs a body limit, a few routes
 * and clean shutdown, not a web framework.
 */
import { ErrorCode } from "./errors.js";
import http from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { acceptsGzip } from "./content-coding.js";
import type { ApolloServer, BaseContext, ContextFunction } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import { ServiceMetrics } from "./metrics.js";
import { SignatureVerifier } from "./request-signing.js";

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export type HttpServiceOptions<TContext extends BaseContext> = {
  apollo: ApolloServer<TContext>;
  context: ContextFunction<[{ req: http.IncomingMessage }], TContext>;
  /** Bodies above this many bytes are refused with 413 before they are parsed. */
  maxBodyBytes: number;
  /** Extra GET routes, e.g. `/health`. */
  routes?: Record<string, RouteHandler>;
  /** Answers the GET requests no route matches (the gateway's console); without it they are 404. */
  fallback?: RouteHandler;
  /** When set, every GraphQL request must carry the gateway's signature (see request-signing.ts). */
  signatureSecret?: string | null;
  /** Names the service in /metrics. */
  service: string;
  /** The counters behind /metrics, when the caller serves them elsewhere too (the gateway's operations address). */
  metrics?: ServiceMetrics;
  /** Whether this server answers /metrics itself; the gateway's public port does not. */
  serveMetrics?: boolean;
  /** GraphQL answers of at least this many bytes are gzipped for clients that accept it (the gateway's public port); unset: never. */
  gzipAboveBytes?: number;
  /** Decides before the body is read whether a GraphQL request is served at all (the gateway's rate limit); a refusal is sent as it is. */
  admit?: (req: http.IncomingMessage) => Promise<Refusal | null>;
};

/** A request turned away before any work: the status, a stable code, a message and any headers (Retry-After). */
export type Refusal = { status: number; code: string; message: string; headers?: Record<string, string> };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function metricsRoute(metrics: ServiceMetrics): RouteHandler {
  return (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
    res.end(metrics.render());
  };
}

/** A server of GET routes only, with the same timeouts: the gateway's operations address (/ready, /metrics). */
export function createRoutesServer(routes: Record<string, RouteHandler>): http.Server {
  return http.createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS }, (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const route = req.method === "GET" ? routes[path] : undefined;
    if (!route) {
      sendJson(res, 404, { error: `no route ${req.method} ${path}; this address serves GET ${Object.keys(routes).join(", ")}` });
      return;
    }
    Promise.resolve(route(req, res)).catch((error: unknown) => {
      console.error("request failed", error);
      if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
      else res.destroy();
    });
  });
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      reject(new HttpError(413, `request body too large: expected at most ${maxBytes} bytes, received ${declared}`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // A chunked body has no length up front: refused once it passes the limit. The rest is
        // read and dropped, not reset, so the client receives the 413 (see DRAIN_MS).
        req.off("data", onData);
        req.resume();
        reject(new HttpError(413, `request body too large: expected at most ${maxBytes} bytes, received more`));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseBody(req: http.IncomingMessage, text: string): unknown {
  const contentType = req.headers["content-type"] ?? "";
  if (!contentType.toLowerCase().startsWith("application/json") || text === "") return text === "" ? undefined : text;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "malformed JSON body: expected a JSON object with a `query` field");
  }
}

/**
 * Node's HTTP server timeouts, set deliberately rather than left to Node's defaults (300 s for a
 * whole request): a client gets HEADERS_TIMEOUT_MS to send its headers and REQUEST_TIMEOUT_MS for
 * the whole request body, so slow senders cannot hold connections open; an idle keep-alive
 * connection is closed after KEEP_ALIVE_TIMEOUT_MS. None of them bounds the time to answer.
 */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
const gzipAsync = promisify(gzip);
/** Fast compression: most of the gain of level 9 on JSON at a fraction of the time. */
const GZIP_LEVEL = 4;
/** How long the rest of a refused body is read and dropped before the connection is cut. */
const DRAIN_MS = 5_000;

export function createHttpService<TContext extends BaseContext>(options: HttpServiceOptions<TContext>): http.Server {
  const { apollo, context, maxBodyBytes, signatureSecret } = options;
  const metrics = options.metrics ?? new ServiceMetrics(options.service);
  const signatures = signatureSecret ? new SignatureVerifier(signatureSecret, options.service) : null;
  const routes: Record<string, RouteHandler> = { ...(options.serveMetrics === false ? {} : { "/metrics": metricsRoute(metrics) }), ...options.routes };

  async function handleGraphQL(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    metrics.graphqlRequests++;
    const refusal = options.admit ? await options.admit(req) : null;
    if (refusal) {
      // Turned away unread: the body is drained, not parsed.
      req.resume();
      sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }, refusal.headers);
      return;
    }
    const text = req.method === "POST" ? await readBody(req, maxBodyBytes) : "";
    const problem = signatures?.problem(req.headers, text);
    if (problem) throw new HttpError(401, problem);
    const body = req.method === "POST" ? parseBody(req, text) : undefined;
    const url = new URL(req.url ?? "/", "http://placeholder");
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers: headerMapOf(req), search: url.search, body },
      context: () => context({ req }),
    });
    await sendResponse(req, res, response, options.gzipAboveBytes);
  }

  const server = http.createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS },
    (req, res) => {
      const path = (req.url ?? "/").split("?")[0];
      const route = req.method === "GET" ? routes[path] : undefined;
      const work = route
        ? route(req, res)
        : path === "/graphql"
          ? handleGraphQL(req, res)
          : options.fallback && req.method === "GET"
            ? options.fallback(req, res)
            : sendJson(res, 404, { error: `no route ${path}; the GraphQL endpoint is /graphql` });
      Promise.resolve(work).catch((error: unknown) => sendFailure(req, res, error));
    },
  );
  return server;
}

function headerMapOf(req: http.IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

type ApolloHttpResponse = Awaited<ReturnType<ApolloServer<BaseContext>["executeHTTPGraphQLRequest"]>>;

/** Apollo Server's answer on the wire: gzipped from `gzipAboveBytes` on for clients that accept it, with a length when complete. */
async function sendResponse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  response: ApolloHttpResponse,
  gzipAboveBytes: number | undefined,
): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    const text = response.body.string;
    const size = Buffer.byteLength(text);
    if (gzipAboveBytes !== undefined && size >= gzipAboveBytes && acceptsGzip(req.headers["accept-encoding"])) {
      // Off the event loop (zlib's thread pool): a large analysis shrinks several-fold for a browser far away.
      const zipped = await gzipAsync(text, { level: GZIP_LEVEL });
      res.setHeader("content-encoding", "gzip");
      res.setHeader("vary", "accept-encoding");
      res.setHeader("content-length", zipped.length);
      res.end(zipped);
      return;
    }
    // A length instead of chunked encoding: one write, and the client knows the size up front.
    res.setHeader("content-length", size);
    res.end(text);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** A request that failed outside GraphQL's own errors: the HTTP error it carries, or a 500 that names no cause (the cause is logged). */
function sendFailure(req: http.IncomingMessage, res: http.ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof HttpError) {
    const code = error.status === 413 ? ErrorCode.PayloadTooLarge : error.status === 401 ? ErrorCode.Unauthenticated : ErrorCode.BadRequest;
    if (error.status === 413) {
      // The body was not read to its end: this connection cannot carry another request.
      res.setHeader("connection", "close");
      res.on("finish", () => setTimeout(() => req.destroy(), DRAIN_MS).unref());
    }
    sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code } }] });
    return;
  }
  console.error("request failed", error);
  sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: ErrorCode.Internal } }] });
}
