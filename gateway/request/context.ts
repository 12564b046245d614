/**
 * The per-request values every subgraph call carries (GatewayContext): the request id, the client,
 * the claims the gateway vouches for, and the client headers a deployment forwards.
 */
import { randomUUID } from "node:crypto";
import type http from "node:http";
import { encodeClaims } from "../security/tokens.js";
import { pickForwardedHeaders } from "../subgraph-calls/forwarded-headers.js";
import type { GatewayContext } from "./gateway-context.js";
import { headerValue, type ClientIdentity } from "./client-identity.js";

export function requestContextFactory(identity: ClientIdentity, forwardHeaders: readonly string[]): (req: http.IncomingMessage) => Promise<GatewayContext> {
  return async (req) => {
    const context: GatewayContext = {
      requestId: requestIdFrom(req.headers["x-request-id"]),
      forwardedHeaders: pickForwardedHeaders(forwardHeaders, req.headers),
      // Strict: a bad token ends the request here with the client's 401.
      client: await identity.clientOf(req, true),
    };
    if (identity.authMode === "jwt") {
      const claims = await identity.claimsOf(req);
      if (claims) context.claims = encodeClaims(claims);
    } else if (identity.authMode === "development") {
      // Development mode only: the client's own header is trusted (the gateway warns at start).
      context.claims = headerValue(req.headers["x-hub-claims"]);
    }
    return context;
  };
}

/** A client's request id is kept when it is a sane token, so logs on both sides line up. */
function requestIdFrom(header: string | string[] | undefined): string {
  const value = headerValue(header);
  return value && /^[\w.-]{1,64}$/.test(value) ? value : randomUUID();
}
