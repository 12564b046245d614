/**
 * Who is asking, and may they. Mutations need an authenticated role; reads are open.
 *
 * Claims arrive in the `x-hub-claims` header as JSON: {"sub": "...", "roles": [...], "country": "CAN",
 * "participant": 12}. Only a trusted sender may set it. Until the gateway verifies tokens and signs
 * what it forwards, the only mode that accepts claims is HUB_AUTH_MODE=development, which trusts the
 * header as sent and says so loudly at start-up. In HUB_AUTH_MODE=jwt the gateway verifies bearer tokens
 * and forwards the claims signed (HUB_SUBGRAPH_SECRET); unsigned requests never reach a resolver.
 * With no mode set, every mutation is refused.
 */
import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import { ErrorCode } from "../shared/errors.js";

export enum Role {
  SECRETARIAT = "SECRETARIAT",
  MEMBER_STATE_DELEGATE = "MEMBER_STATE_DELEGATE",
  NETWORK_MEMBER = "NETWORK_MEMBER",
  READER = "READER",
}

export type Actor = { id: string; roles: Role[]; country: string | null; participant: number | null };

export type AuthMode = "development" | "jwt" | "none";

export { DEVELOPMENT_MODE_WARNING } from "../shared/auth-mode.js";

export function authMode(env: NodeJS.ProcessEnv = process.env): AuthMode {
  const value = env.HUB_AUTH_MODE?.trim();
  if (!value || value === "none") return "none";
  if (value === "development" || value === "jwt") return value;
  throw new Error(`HUB_AUTH_MODE is invalid: expected "jwt", "development" or "none", received ${JSON.stringify(value)}`);
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated } });
}

/** The actor behind a request, or null. Malformed claims are an error, not an anonymous request. */
export function actorFromHeader(header: string | string[] | undefined, mode: AuthMode): Actor | null {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw || mode === "none") return null;
  let claims: { sub?: unknown; roles?: unknown; country?: unknown; participant?: unknown };
  try {
    // jwt mode: claims verified by the gateway, base64url JSON, and the request's signature already checked.
    claims = JSON.parse(mode === "jwt" ? Buffer.from(raw, "base64url").toString("utf8") : raw);
  } catch {
    throw unauthenticated("x-hub-claims: expected a JSON object of claims, received something else");
  }
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((role): role is Role => Object.values(Role).includes(role as Role)) : [];
  if (typeof claims.sub !== "string" || claims.sub === "") throw unauthenticated("x-hub-claims: expected a non-empty `sub` claim naming the actor");
  return {
    id: claims.sub,
    roles,
    country: typeof claims.country === "string" ? claims.country.toUpperCase() : null,
    participant: typeof claims.participant === "number" ? claims.participant : null,
  };
}

export type AuthContext = { actor: Actor | null; authMode: AuthMode; claimsError?: GraphQLError };

/** Reads the claims of a request without failing it: bad claims only matter to fields that need a role. */
export function readActor(header: string | string[] | undefined, mode: AuthMode): { actor: Actor | null; claimsError?: GraphQLError } {
  try {
    return { actor: actorFromHeader(header, mode) };
  } catch (error) {
    return { actor: null, claimsError: error as GraphQLError };
  }
}

export const authChecker: AuthChecker<AuthContext, Role> = ({ context }, roles) => {
  const { actor } = context;
  if (context.claimsError) throw context.claimsError;
  if (!actor) {
    throw unauthenticated(
      context.authMode === "none"
        ? "This action needs an authenticated role, and this hub has no authentication configured (HUB_AUTH_MODE)."
        : "This action needs an authenticated role: send your claims.",
    );
  }
  if (roles.length > 0 && !roles.some((role) => actor.roles.includes(role))) {
    throw new GraphQLError(`This action needs one of the roles ${roles.join(", ")}; ${actor.id} has ${actor.roles.join(", ") || "none"}.`, {
      extensions: { code: ErrorCode.Forbidden },
    });
  }
  return true;
};
