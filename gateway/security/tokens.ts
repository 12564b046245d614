/**
 * Bearer tokens at the gateway (HUB_AUTH_MODE=jwt): verified with `jose` against a shared secret
 * (HS256) or a public key (RS256, ES256, EdDSA), and turned into the claims the subgraphs see.
 * Whatever claims header a client sent is dropped: only verified claims travel on, signed.
 */
import { ErrorCode } from "../../subgraphs/platform/errors.js";
import { importSPKI, jwtVerify, type JWTPayload, type CryptoKey, type KeyObject } from "jose";
import { GraphQLError } from "graphql";
import { claimProblem } from "../../subgraphs/platform/claims.js";
import { ConfigError, optionalString, positiveInteger, type Env } from "../../subgraphs/platform/config.js";

/** Token verification as configured (HUB_JWT_*), checked when the settings are read. */
export type TokenConfig = {
  /** HS256's shared secret, or a PEM public key with its algorithm. */
  verifyWith: { secret: string } | { publicKeyPem: string; algorithm: string };
  issuer?: string;
  audience?: string;
  /** The longest a token may live (HUB_JWT_MAX_LIFETIME_S): a stolen token without `exp`, or with one years ahead, is refused. */
  maxLifetimeSeconds: number;
};

/** The same, with the key ready for `jose` (importing a public key is asynchronous). */
export type TokenSettings = Omit<TokenConfig, "verifyWith"> & {
  key: Uint8Array | CryptoKey | KeyObject;
  algorithms: string[];
};

/** Clocks of the token issuer and the gateway may differ by this much. */
const CLOCK_TOLERANCE_S = 30;

export function readTokenConfig(env: Env): TokenConfig {
  const secret = optionalString(env, "HUB_JWT_SECRET", "");
  const publicKeyPem = optionalString(env, "HUB_JWT_PUBLIC_KEY", "");
  const common = {
    issuer: optionalString(env, "HUB_JWT_ISSUER", "") || undefined,
    audience: optionalString(env, "HUB_JWT_AUDIENCE", "") || undefined,
    maxLifetimeSeconds: positiveInteger(env, "HUB_JWT_MAX_LIFETIME_S", 24 * 60 * 60, "seconds"),
  };
  if (secret) {
    if (secret.length < 32) throw new ConfigError("HUB_JWT_SECRET", "invalid", `expected at least 32 characters, received ${secret.length}`);
    return { verifyWith: { secret }, ...common };
  }
  if (publicKeyPem) return { verifyWith: { publicKeyPem, algorithm: optionalString(env, "HUB_JWT_ALGORITHM", "RS256") }, ...common };
  throw new ConfigError("HUB_JWT_SECRET", "not set", "HUB_AUTH_MODE=jwt needs HUB_JWT_SECRET (HS256) or HUB_JWT_PUBLIC_KEY (with HUB_JWT_ALGORITHM)");
}

export async function loadTokenSettings({ verifyWith, ...common }: TokenConfig): Promise<TokenSettings> {
  if ("secret" in verifyWith) return { key: new TextEncoder().encode(verifyWith.secret), algorithms: ["HS256"], ...common };
  try {
    return { key: await importSPKI(verifyWith.publicKeyPem, verifyWith.algorithm), algorithms: [verifyWith.algorithm], ...common };
  } catch (error) {
    throw new ConfigError("HUB_JWT_PUBLIC_KEY", "invalid", `expected a PEM public key for ${verifyWith.algorithm}: ${(error as Error).message}`);
  }
}

export type HubClaims = { sub: string; roles: string[]; country?: string; participant?: number };

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
}

/** The verified claims of a request's bearer token, null without one; a bad token is a 401. */
export async function verifiedClaims(authorization: string | undefined, settings: TokenSettings): Promise<HubClaims | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw unauthenticated("Authorization: expected `Bearer <token>`, received something else");
  let payload: JWTPayload;
  try {
    // jose refuses a missing or past `exp` and an `nbf` in the future; the lifetime and `iat` are checked below.
    ({ payload } = await jwtVerify(match[1], settings.key, {
      algorithms: settings.algorithms,
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ["exp"],
      clockTolerance: CLOCK_TOLERANCE_S,
    }));
  } catch (error) {
    throw unauthenticated(`The bearer token was refused: ${(error as Error).message}`);
  }
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.iat === "number" && payload.iat > now + CLOCK_TOLERANCE_S)
    throw unauthenticated("The bearer token was refused: expected `iat` in the past, received a time in the future");
  const issuedAt = typeof payload.iat === "number" ? payload.iat : now;
  if (payload.exp! - issuedAt > settings.maxLifetimeSeconds) {
    throw unauthenticated(
      `The bearer token was refused: expected a lifetime of at most ${settings.maxLifetimeSeconds} s (HUB_JWT_MAX_LIFETIME_S), received ${payload.exp! - issuedAt} s`,
    );
  }
  if (typeof payload.sub !== "string" || payload.sub === "") throw unauthenticated("The bearer token has no `sub` claim naming its holder");
  const problem = claimProblem(payload as { country?: unknown; participant?: unknown });
  if (problem) throw unauthenticated(`The bearer token was refused: ${problem}`);
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((role): role is string => typeof role === "string") : [];
  return {
    sub: payload.sub,
    roles,
    ...(typeof payload.country === "string" ? { country: payload.country } : {}),
    ...(typeof payload.participant === "number" ? { participant: payload.participant } : {}),
  };
}

/** Claims as they travel to subgraphs: base64url JSON, safe in a header whatever the names hold. */
export function encodeClaims(claims: HubClaims): string {
  return Buffer.from(JSON.stringify(claims), "utf8").toString("base64url");
}
