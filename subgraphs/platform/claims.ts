/**
 * The actor's claims, as the hub carries them from the gateway to the subgraphs: the roles, the
 * `x-hub-claims` header's format and what a valid claim is. Hub-wide: the gateway checks a token's
 * claims with the same rules a subgraph applies when it reads the header.
 *
 * Claims arrive in the `x-hub-claims` header: {"sub": "...", "roles": [...], "country": "CAN",
 * "participant": 12}. Only a trusted sender may set it. In HUB_AUTH_MODE=jwt the gateway verifies
 * bearer tokens and forwards the claims signed (HUB_SUBGRAPH_SECRET), as base64url JSON; unsigned
 * requests never reach a resolver. HUB_AUTH_MODE=development trusts the header as sent, plain JSON,
 * and says so loudly at start-up. With no mode set, everything that needs a role is refused.
 */
import { GraphQLError } from "graphql";
import { findCountry } from "./countries/reference.js";
import { ErrorCode } from "./errors.js";
import type { AuthMode } from "./auth-mode.js";

export enum Role {
  SECRETARIAT = "SECRETARIAT",
  MEMBER_STATE_DELEGATE = "MEMBER_STATE_DELEGATE",
  NETWORK_MEMBER = "NETWORK_MEMBER",
  READER = "READER",
}

export type Actor = { id: string; roles: Role[]; country: string | null; participant: number | null };

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated } });
}

/**
 * What is wrong with a token's `country` or `participant` claim, or null. Checked where claims
 * enter (the gateway, for tokens) and again where they are used: a claim is recorded in the
 * Alliance's record, so "THE SECRETARIAT (OFFICIAL)" as a country must never get that far.
 */
export function claimProblem(claims: { country?: unknown; participant?: unknown }): string | null {
  if (claims.country !== undefined && claims.country !== null) {
    const country = claims.country;
    if (typeof country !== "string" || !/^[A-Za-z]{3}$/.test(country) || !findCountry(country.toUpperCase())) {
      return `expected \`country\` to be a country code the hub knows (ISO 3166-1 alpha-3, e.g. "CAN"), received ${JSON.stringify(country).slice(0, 40)}`;
    }
  }
  if (claims.participant !== undefined && claims.participant !== null && !(Number.isInteger(claims.participant) && (claims.participant as number) > 0)) {
    return `expected \`participant\` to be a participant's id (a positive whole number), received ${JSON.stringify(claims.participant).slice(0, 40)}`;
  }
  return null;
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
  const problem = claimProblem(claims);
  if (problem) throw unauthenticated(`x-hub-claims: ${problem}`);
  return {
    id: claims.sub,
    roles,
    country: typeof claims.country === "string" ? claims.country.toUpperCase() : null,
    participant: typeof claims.participant === "number" ? claims.participant : null,
  };
}

/** Reads the claims of a request without failing it: bad claims only matter to fields that need a role. */
export function readActor(header: string | string[] | undefined, mode: AuthMode): { actor: Actor | null; claimsError?: GraphQLError } {
  try {
    return { actor: actorFromHeader(header, mode) };
  } catch (error) {
    return { actor: null, claimsError: error as GraphQLError };
  }
}
