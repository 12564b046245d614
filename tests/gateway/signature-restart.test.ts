/** A signed subgraph call served once is refused again after the subgraph restarts (its nonces were in memory). */
import { describe, expect, it } from "vitest";
import { SignatureVerifier, signRequest } from "../../subgraphs/platform/request-signing.js";

const SECRET = "a-shared-subgraph-secret-0123456789";

describe("signed calls across a subgraph restart", () => {
  it("refuses a call signed before the subgraph started, though its clock is within the allowed skew", () => {
    const body = '{"query":"mutation { recordCaucusChange }"}';
    const call = { target: "alliance", claims: "", body };
    const signedAt = 1_800_000_000_000;
    const headers = signRequest(SECRET, call, signedAt);
    const before = new SignatureVerifier(SECRET, "alliance", signedAt - 30_000);
    expect(before.problem(headers, body, signedAt + 1_000)).toBeNull();
    expect(before.problem(headers, body, signedAt + 2_000)).toMatch(/replay/);
    // Restarted five seconds later: it remembers no nonce, and refuses what was signed before it.
    const restarted = new SignatureVerifier(SECRET, "alliance", signedAt + 5_000);
    expect(restarted.problem(headers, body, signedAt + 6_000)).toBe(
      "expected a request signed after this subgraph started, received one signed before (a replay across a restart, or a gateway clock behind)",
    );
    // A call signed after the restart is served.
    expect(restarted.problem(signRequest(SECRET, call, signedAt + 7_000), body, signedAt + 7_500)).toBeNull();
  });
});
