/** Admission: the per-client rate limit, answered before any GraphQL work (a 429 with Retry-After). */
import type http from "node:http";
import { ErrorCode } from "../../subgraphs/platform/errors.js";
import type { Refusal } from "../../subgraphs/platform/http-service.js";
import { RateLimiter, type RateLimitSettings } from "../security/rate-limit.js";
import type { ClientIdentity } from "./client-identity.js";

export function rateLimitAdmission(settings: RateLimitSettings, identity: ClientIdentity): (req: http.IncomingMessage) => Promise<Refusal | null> {
  const limiter = new RateLimiter(settings);
  return async (req) => {
    const admission = limiter.take(await identity.clientOf(req, false));
    if (admission.allowed) return null;
    return {
      status: 429,
      code: ErrorCode.RateLimited,
      message: `Too many requests: at most ${settings.perSecond} a second (bursts of ${settings.burst}) per client; retry after ${admission.retryAfterSeconds} s.`,
      headers: { "retry-after": String(admission.retryAfterSeconds) },
    };
  };
}
