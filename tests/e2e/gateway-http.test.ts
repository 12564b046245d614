import { describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";
import { metricValue } from "../../subgraphs/shared/metrics.js";

function base(url: string): string {
  return url.replace(/\/graphql$/, "");
}

describe("gateway HTTP surface", () => {
  const hub = useHub({ HUB_MAX_BODY_BYTES: "2048" });

  it("answers health and readiness with each subgraph's state", async () => {
    const health = await fetch(`${base(hub().gatewayUrl)}/health`);
    expect(await health.json()).toEqual({ status: "ok", service: "gateway" });
    const ready = await fetch(`${base(hub().gatewayUrl)}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      subgraphs: { alliance: "up", "community-of-democracies": "up", d10: "up", overlaps: "up", "un-votes": "up" },
    });
  });

  it("counts GraphQL requests in /metrics, at the gateway and at each subgraph", async () => {
    const read = async (url: string) => {
      const response = await fetch(`${base(url)}/metrics`);
      expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(metricValue(text, "process_resident_memory_bytes")).toBeGreaterThan(0);
      return metricValue(text, "hub_graphql_requests_total")!;
    };
    const gatewayBefore = await read(hub().gatewayUrl);
    const d10Before = await read(hub().subgraphUrls.d10);
    const unVotesBefore = await read(hub().subgraphUrls["un-votes"]);
    await hub().query(`{ d10 { name } }`);
    await hub().query(`{ d10 { name } }`);
    expect(await read(hub().gatewayUrl)).toBe(gatewayBefore + 2);
    expect(await read(hub().subgraphUrls.d10)).toBe(d10Before + 2);
    expect(await read(hub().subgraphUrls["un-votes"])).toBe(unVotesBefore);
  });

  it("refuses malformed JSON, oversized bodies and unknown routes with 4xx and a clear message", async () => {
    const post = (body: string, contentType = "application/json") => fetch(hub().gatewayUrl, { method: "POST", headers: { "content-type": contentType }, body });
    const malformed = await post("{ not json");
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0].message).toMatch(/malformed JSON body/);
    const oversized = await post(JSON.stringify({ query: `{ ${"__typename ".repeat(400)} }` }));
    expect(oversized.status).toBe(413);
    expect(((await oversized.json()) as any).errors[0].message).toMatch(/expected at most 2048 bytes/);
    const missing = await fetch(`${base(hub().gatewayUrl)}/nowhere`);
    expect(missing.status).toBe(404);
  });

  it("masks internal details and never sends a stack trace", async () => {
    const result = await hub().query(`{ country(code: "123") { code } }`);
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|127\.0\.0\.1|at \w+ \(/);
  });
});
