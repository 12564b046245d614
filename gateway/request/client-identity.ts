/**
 * Who sent a request, worked out once per request: the rate limit keys on it and the request
 * context forwards it. In jwt mode a verified token's subject is the client (and its claims travel
 * on, signed); anyone else is their address. A bad token is not refused here: the context throws
 * it as the 401 the client gets.
 */
import type http from "node:http";
import type { AuthMode } from "../../subgraphs/platform/auth-mode.js";
import { verifiedClaims, type HubClaims, type TokenSettings } from "../security/tokens.js";

export class ClientIdentity {
  private readonly claims = new WeakMap<http.IncomingMessage, Promise<HubClaims | null>>();

  constructor(
    readonly authMode: AuthMode,
    private readonly tokens: TokenSettings | null,
  ) {}

  /** The verified claims of the request's bearer token (jwt mode only); rejects for a bad token. */
  claimsOf(req: http.IncomingMessage): Promise<HubClaims | null> {
    let claims = this.claims.get(req);
    if (!claims) this.claims.set(req, (claims = this.tokens ? verifiedClaims(headerValue(req.headers.authorization), this.tokens) : Promise.resolve(null)));
    return claims;
  }

  /** `sub:<subject>` for a verified token, else `address:<ip>`; `strict` lets a bad token's rejection through. */
  async clientOf(req: http.IncomingMessage, strict: boolean): Promise<string> {
    if (this.authMode === "jwt") {
      const claims = strict ? await this.claimsOf(req) : await this.claimsOf(req).catch(() => null);
      if (claims?.sub) return `sub:${claims.sub}`;
    }
    return `address:${req.socket.remoteAddress ?? "unknown"}`;
  }
}

export function headerValue(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}
