/**
 * May they: the role check of every subgraph with fields that need a role (the alliance's
 * mutations and audit log, the overlaps refresh, the alert subscriptions). Most reads are open.
 * Who is asking comes from platform/claims.ts (the header's format, shared with the gateway);
 * subgraph code imports both from here.
 */
import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import { ErrorCode } from "../platform/errors.js";
import { unauthenticated, type Actor, type Role } from "../platform/claims.js";
import type { AuthMode } from "../platform/auth-mode.js";

export { Role, readActor, type Actor } from "../platform/claims.js";
export { DEVELOPMENT_MODE_WARNING, readAuthMode, type AuthMode } from "../platform/auth-mode.js";

export type AuthContext = { actor: Actor | null; authMode: AuthMode; claimsError?: GraphQLError };

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
