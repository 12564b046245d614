/**
 * Tokens and signatures (HUB_AUTH_MODE=jwt): the gateway verifies bearer tokens and forwards the
 * claims signed; subgraphs serve only signed requests; roles decide mutations.
 */
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { signRequest } from "../../subgraphs/platform/request-signing.js";
import type { GraphQLResult } from "../harness.js";
import { useHub } from "../hub-hooks.js";

// Test secrets, made up for this file.
const JWT_SECRET = "test-jwt-secret-0123456789-abcdefghijklmnop";
const SUBGRAPH_SECRET = "test-subgraph-secret-0123456789-abcdefghij";
process.env.HUB_AUTH_MODE = "jwt";
process.env.HUB_SUBGRAPH_SECRET = SUBGRAPH_SECRET;

async function token(claims: Record<string, unknown>, secret = JWT_SECRET, expiresIn = "5m"): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime(expiresIn).sign(new TextEncoder().encode(secret));
}

const APPLY = `mutation { applyForMembership(input: { countryCode: "CAN", grounds: "Applies (test)" }) { decision { status recordedBy } userErrors { code } } }`;

describe("authentication and authorization", () => {
  const hub = useHub({ HUB_AUTH_MODE: "jwt", HUB_JWT_SECRET: JWT_SECRET, HUB_SUBGRAPH_SECRET: SUBGRAPH_SECRET });

  async function post(query: string, headers: Record<string, string> = {}): Promise<{ status: number; body: GraphQLResult }> {
    const response = await fetch(hub().gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResult };
  }

  it("refuses a mutation without a token (UNAUTHENTICATED), and ignores claims a client sends itself", async () => {
    expect((await post(APPLY)).body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const forged = await post(APPLY, { "x-hub-claims": JSON.stringify({ sub: "me", roles: ["SECRETARIAT"] }) });
    expect(forged.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    // Reads stay open.
    expect((await post(`{ country(code: "CAN") { name } }`)).body).toEqual({ data: { country: { name: "Canada" } } });
  });

  it("refuses the wrong role (FORBIDDEN) and lets the right one act, recorded under the token's subject", async () => {
    const reader = await post(APPLY, { authorization: `Bearer ${await token({ sub: "reader-7", roles: ["READER"] })}` });
    expect(reader.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const secretariat = await post(APPLY, { authorization: `Bearer ${await token({ sub: "officer-3", roles: ["SECRETARIAT"] })}` });
    expect(secretariat.body).toEqual({ data: { applyForMembership: { decision: { status: "APPLICANT", recordedBy: "officer-3" }, userErrors: [] } } });
  });

  it("shows who recorded a decision by role to everyone but the secretariat, which sees the token's subject", async () => {
    const delegate = await post(`mutation { applyForMembership(input: { countryCode: "EST", grounds: "Applies (test)" }) { userErrors { code } } }`, {
      authorization: `Bearer ${await token({ sub: "delegate-est-1", roles: ["MEMBER_STATE_DELEGATE"], country: "EST" })}`,
    });
    expect(delegate.body.data?.applyForMembership.userErrors).toEqual([]);
    const decisions = `{ can: country(code: "CAN") { aodDecisions { recordedBy } } est: country(code: "EST") { aodDecisions { recordedBy } } }`;
    const anonymous = await post(decisions);
    expect(anonymous.body.data).toEqual({ can: { aodDecisions: [{ recordedBy: "secretariat" }] }, est: { aodDecisions: [{ recordedBy: "delegate of EST" }] } });
    const reader = await post(decisions, { authorization: `Bearer ${await token({ sub: "reader-7", roles: ["READER"] })}` });
    expect(reader.body.data).toEqual(anonymous.body.data);
    const secretariat = await post(decisions, { authorization: `Bearer ${await token({ sub: "officer-9", roles: ["SECRETARIAT"] })}` });
    expect(secretariat.body.data).toEqual({ can: { aodDecisions: [{ recordedBy: "officer-3" }] }, est: { aodDecisions: [{ recordedBy: "delegate-est-1" }] } });
  });

  it("answers 401 to a token without an expiry, one that lives too long, one issued or valid only in the future, or one with an unknown country", async () => {
    const key = new TextEncoder().encode(JWT_SECRET);
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: "x", roles: ["SECRETARIAT"] };
    const tokens = [
      await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuedAt().sign(key),
      await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime("2d").sign(key),
      await new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256" })
        .setIssuedAt(now + 24 * 3600)
        .setExpirationTime(now + 25 * 3600)
        .sign(key),
      await new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256" })
        .setNotBefore(now + 3600)
        .setExpirationTime("23h")
        .sign(key),
    ];
    // A claim the hub cannot stand behind: a country that does not exist, or text posing as one.
    tokens.push(
      await token({ sub: "x", roles: ["MEMBER_STATE_DELEGATE"], country: "THE SECRETARIAT (OFFICIAL)" }),
      await token({ sub: "x", roles: ["MEMBER_STATE_DELEGATE"], country: "QQQ" }),
    );
    for (const signed of tokens) {
      const result = await post(APPLY, { authorization: `Bearer ${signed}` });
      expect(result.status).toBe(401);
      expect(result.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  it("answers 401 to a token signed with another key, an expired token or a malformed header", async () => {
    for (const authorization of [
      `Bearer ${await token({ sub: "x", roles: ["SECRETARIAT"] }, "another-secret-entirely-0123456789-xyz")}`,
      `Bearer ${await token({ sub: "x", roles: ["SECRETARIAT"] }, JWT_SECRET, "-1m")}`,
      "Basic abc",
    ]) {
      const result = await post(APPLY, { authorization });
      expect(result.status).toBe(401);
      expect(result.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  it("refuses requests sent straight to a subgraph unsigned or with forged claims, and serves signed ones", async () => {
    const url = hub().subgraphUrls.alliance;
    const body = JSON.stringify({
      query: `mutation { admitMember(input: { countryCode: "CAN", grounds: "forged", overrideReason: "forged" }) { decision { status } } }`,
    });
    const forgedClaims = Buffer.from(JSON.stringify({ sub: "attacker", roles: ["SECRETARIAT"] })).toString("base64url");
    const attempts = [
      { "x-hub-claims": forgedClaims },
      { "x-hub-claims": forgedClaims, ...signRequest("not-the-shared-secret-0123456789-abcdefgh", { target: "alliance", claims: forgedClaims, body }) },
      { "x-hub-claims": forgedClaims, ...signRequest(SUBGRAPH_SECRET, { target: "alliance", claims: forgedClaims, body }, Date.now() - 10 * 60_000) },
    ];
    for (const headers of attempts) {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
      expect(response.status).toBe(401);
      expect(((await response.json()) as GraphQLResult).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
    const read = JSON.stringify({ query: `{ country(code: "CAN") { aodMembership { status } } }` });
    const signed = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...signRequest(SUBGRAPH_SECRET, { target: "alliance", claims: "", body: read }) },
      body: read,
    });
    expect(await signed.json()).toEqual({ data: { country: { aodMembership: { status: "APPLICANT" } } } });
  });

  it("serves a signed request once, and only at the subgraph it was signed for", async () => {
    const claims = Buffer.from(JSON.stringify({ sub: "officer-3", roles: ["SECRETARIAT"] })).toString("base64url");
    const body = JSON.stringify({
      query: `mutation { recordCaucusChange(input: { countryCode: "CAN", change: ADD, grounds: "replay test" }) { caucusChange { id } } }`,
    });
    const headers = { "content-type": "application/json", "x-hub-claims": claims, ...signRequest(SUBGRAPH_SECRET, { target: "alliance", claims, body }) };
    const first = await fetch(hub().subgraphUrls.alliance, { method: "POST", headers, body });
    expect(first.status).toBe(200);
    const replayed = await fetch(hub().subgraphUrls.alliance, { method: "POST", headers, body });
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as GraphQLResult).errors?.[0].message).toMatch(/replay/);
    // A read signed for the alliance subgraph, sent to d10 instead.
    const read = JSON.stringify({ query: `{ d10 { name } }` });
    const elsewhere = await fetch(hub().subgraphUrls.d10, {
      method: "POST",
      headers: { "content-type": "application/json", ...signRequest(SUBGRAPH_SECRET, { target: "alliance", claims: "", body: read }) },
      body: read,
    });
    expect(elsewhere.status).toBe(401);
  });
});
