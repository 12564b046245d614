/**
 * How subgraphs know a request comes from the gateway: the gateway signs each call with a secret
 * only it and the subgraphs share (HUB_SUBGRAPH_SECRET), over a timestamp, a one-time nonce, the
 * subgraph it is meant for, the verified claims and the body. A subgraph refuses any GraphQL
 * request without a valid, fresh signature made for it, and serves each signed request once: a
 * captured request can neither be replayed nor sent to another subgraph, and a client that
 * reaches a subgraph directly can neither read through it nor forge claims.
 */
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-hub-signature";
export const TIMESTAMP_HEADER = "x-hub-timestamp";
export const NONCE_HEADER = "x-hub-nonce";
export const CLAIMS_HEADER = "x-hub-claims";
/** How far a signed request's clock may be from the subgraph's; nonces are remembered this long. */
export const MAX_SKEW_MS = 60_000;

export type SignedCall = { target: string; claims: string; body: string };

function mac(secret: string, timestamp: string, nonce: string, call: SignedCall): string {
  return createHmac("sha256", secret).update(`${timestamp}\n${nonce}\n${call.target}\n${call.claims}\n${call.body}`).digest("hex");
}

export function signRequest(secret: string, call: SignedCall, now = Date.now(), nonce: string = randomUUID()): Record<string, string> {
  const timestamp = String(now);
  return { [TIMESTAMP_HEADER]: timestamp, [NONCE_HEADER]: nonce, [SIGNATURE_HEADER]: mac(secret, timestamp, nonce, call) };
}

type Headers = Record<string, string | string[] | undefined>;

/**
 * One subgraph's check of the gateway's signatures, remembering the nonces it has served. The
 * nonces live in memory, so a restart forgets them: requests signed before this verifier was
 * made are refused instead (a request captured before a restart cannot be served again after
 * it). The cost: a call signed just before a subgraph restarts, or by a gateway whose clock is
 * behind the subgraph's, is refused (401) and must be sent again.
 */
export class SignatureVerifier {
  /** Nonce → when it may be forgotten; in insertion order, so the oldest are pruned first. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly secret: string,
    /** This subgraph's name, as the gateway knows it: a signature made for another is refused. */
    private readonly target: string,
    /** When this process began serving: the earliest signature it accepts. */
    private readonly startedAt = Date.now(),
  ) {}

  /** Null when the request is signed for this subgraph, fresh and new; otherwise why not, for the 401 answer. */
  problem(headers: Headers, body: string, now = Date.now()): string | null {
    const one = (name: string) => {
      const value = headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const signature = one(SIGNATURE_HEADER);
    const timestamp = one(TIMESTAMP_HEADER);
    const nonce = one(NONCE_HEADER);
    if (!signature || !timestamp || !nonce) return "expected a request signed by the gateway, received an unsigned one";
    if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > MAX_SKEW_MS)
      return "expected a fresh signature, received a stale or malformed timestamp";
    if (Number(timestamp) < this.startedAt)
      return "expected a request signed after this subgraph started, received one signed before (a replay across a restart, or a gateway clock behind)";
    if (!/^[\w-]{16,64}$/.test(nonce)) return "expected a nonce of 16 to 64 letters, digits or dashes, received another";
    const expected = Buffer.from(mac(this.secret, timestamp, nonce, { target: this.target, claims: one(CLAIMS_HEADER) ?? "", body }), "hex");
    const received = Buffer.from(signature, "hex");
    if (expected.length !== received.length || !timingSafeEqual(expected, received))
      return `expected a valid gateway signature for the ${this.target} subgraph, received one that does not match`;
    this.forgetExpired(now);
    // Only after the signature holds: nobody without the secret can fill this memory.
    if (this.seen.has(nonce)) return "expected a request signed once, received one already served (a replay)";
    this.seen.set(nonce, Number(timestamp) + 2 * MAX_SKEW_MS);
    return null;
  }

  private forgetExpired(now: number): void {
    for (const [nonce, forgetAt] of this.seen) {
      if (forgetAt > now) break;
      this.seen.delete(nonce);
    }
  }
}
