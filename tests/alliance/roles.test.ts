/**
 * Every mutation and the audit log need a role: the overlaps refresh (which an anonymous loop
 * could otherwise keep busy) and the audit log (token subjects, roles and every action's detail)
 * included. A refresh that reads what was read before rebuilds nothing.
 */
import { describe, expect, it } from "vitest";
import type { GraphQLResult } from "../harness.js";
import { useHub } from "../hub-hooks.js";

process.env.HUB_AUTH_MODE = "development";

const SECRETARIAT = { sub: "officer-1", roles: ["SECRETARIAT"] };
const READER = { sub: "reader-1", roles: ["READER"] };

describe("roles on every mutation and on the audit log", () => {
  const hub = useHub({ HUB_AUTH_MODE: "development" });

  async function as(claims: object | null, query: string): Promise<GraphQLResult> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (claims) headers["x-hub-claims"] = JSON.stringify(claims);
    return (await (await fetch(hub().gatewayUrl, { method: "POST", headers, body: JSON.stringify({ query }) })).json()) as GraphQLResult;
  }
  const code = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;

  it("refuses the audit log without the secretariat's role, and keeps the rest of the answer", async () => {
    const anonymous = await as(null, `{ auditLog { totalCount } d10 { name } }`);
    expect(code(anonymous)).toBe("UNAUTHENTICATED");
    expect(anonymous.data).toEqual({ auditLog: null, d10: { name: expect.any(String) } });
    expect(code(await as(READER, `{ auditLog { totalCount } }`))).toBe("FORBIDDEN");
    expect((await as(SECRETARIAT, `{ auditLog { totalCount } }`)).data.auditLog).toEqual({ totalCount: expect.any(Number) });
  });

  it("refuses refreshOverlaps without the secretariat's role, and a refresh that reads the same data rebuilds nothing", async () => {
    expect(code(await as(null, `mutation { refreshOverlaps { bodyCount } }`))).toBe("UNAUTHENTICATED");
    expect(code(await as(READER, `mutation { refreshOverlaps { bodyCount } }`))).toBe("FORBIDDEN");
    const snapshot = hub().services.overlaps.engine.snapshot;
    const first = await as(SECRETARIAT, `mutation { refreshOverlaps { bodyCount failure userErrors { code } } }`);
    expect(first.errors).toBeUndefined();
    expect(first.data.refreshOverlaps).toMatchObject({ failure: null, userErrors: [] });
    expect(first.data.refreshOverlaps.bodyCount).toBeGreaterThan(0);
    const version = snapshot.version;
    await as(SECRETARIAT, `mutation { refreshOverlaps { bodyCount } }`);
    expect(snapshot.version).toBe(version);
  });
});
