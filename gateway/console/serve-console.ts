/**
 * Serves the built console (dist/console) on the gateway's public address. Only the files the
 * build wrote are served, listed once at start (no path from a request ever reaches the file
 * system); pages at clean paths (`/whips`), assets with content hashes cached for a year, gzip
 * when the browser takes it. The Content-Security-Policy lets a page talk to its own origin only,
 * which backs the console's promise that no request leaves the hub.
 */
import { acceptsGzip } from "../../subgraphs/platform/content-coding.js";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import { sendJson, type RouteHandler } from "../../subgraphs/platform/http-service.js";
import { loadPersistedOperations } from "../security/persisted-operations.js";
import { CONSOLE_PAGES, pagePath } from "./pages.js";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** Inline styles are allowed for the SVG charts' and GraphiQL's style attributes; scripts only from the hub. */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

type StaticFile = { body: Buffer; gzipped: Buffer | null; contentType: string; immutable: boolean };

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

/** The console's route, or a route that explains how to build it when dist/console is missing. */
export function consoleRoute(dir: string): RouteHandler {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return (_req, res) => sendJson(res, 404, { error: `the console is not built (no ${dir}); run npm run build. The GraphQL endpoint is /graphql` });
  }
  const files = new Map<string, StaticFile>();
  for (const relative of listFiles(dir)) {
    if (relative.endsWith(".gz")) continue;
    const contentType = CONTENT_TYPES[path.extname(relative)];
    if (!contentType) continue;
    const gzPath = path.join(dir, `${relative}.gz`);
    files.set(`/${relative}`, {
      body: readFileSync(path.join(dir, relative)),
      gzipped: existsSync(gzPath) ? readFileSync(gzPath) : null,
      contentType,
      immutable: relative.startsWith("assets/"),
    });
  }
  // Clean paths for the pages: `/`, `/whips`, … (the .html names work too).
  for (const page of CONSOLE_PAGES) {
    const file = files.get(`/${page.name}.html`);
    if (file) files.set(pagePath(page), file);
  }

  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const pathname = (req.url ?? "/").split("?")[0];
    const file = files.get(pathname);
    if (!file) {
      sendJson(res, 404, { error: `no page ${pathname}; the console's pages are ${CONSOLE_PAGES.map(pagePath).join(", ")}, the GraphQL endpoint is /graphql` });
      return;
    }
    const gzip = file.gzipped !== null && acceptsGzip(req.headers["accept-encoding"]);
    const body = gzip ? file.gzipped! : file.body;
    res.writeHead(200, {
      "content-type": file.contentType,
      "content-length": body.length,
      "cache-control": file.immutable ? "public, max-age=31536000, immutable" : "no-cache",
      vary: "accept-encoding",
      "content-security-policy": CONSOLE_CSP,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(body);
  };
}

/** The persisted-operations manifest the build writes beside the pages. */
export const MANIFEST_FILE = "persisted-operations.json";

/** The console's operations, for a gateway that serves only persisted ones; empty when the console is not built. */
export function consoleOperations(dir: string): Map<string, string> {
  const file = path.join(dir, MANIFEST_FILE);
  return existsSync(file) ? loadPersistedOperations(file) : new Map();
}
