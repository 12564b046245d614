/** Subgraph faults: one stopped under load, one that never answers. The rest of the graph keeps serving. */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { close, listen } from "../../subgraphs/platform/listen.js";
import { useHub } from "../hub-hooks.js";

const QUERY = JSON.stringify({ query: `{ communityOfDemocracies { secretariat { city } } d10 { name } }` });

describe("a subgraph stopped under load", () => {
  const hub = useHub({ HUB_SUBGRAPH_TIMEOUT_MS: "2000" });

  it("answers all 200 requests with HTTP 200 and the other subgraphs' data; the dead one's fields null with an error naming it", async () => {
    const results: { status: number; body: any }[] = [];
    let sent = 0;
    const worker = async () => {
      while (sent < 200) {
        sent++;
        if (sent === 60) await hub().subgraphServices.d10.stop();
        const response = await fetch(hub().gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: QUERY });
        results.push({ status: response.status, body: await response.json() });
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    expect(results).toHaveLength(200);
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.every((r) => r.body.data.communityOfDemocracies.secretariat.city === "Warsaw")).toBe(true);
    const failed = results.filter((r) => r.body.data.d10 === null);
    expect(failed.length).toBeGreaterThan(100);
    for (const r of failed) {
      expect(r.body.errors.some((e: any) => e.extensions?.serviceName === "d10" && e.extensions?.code === "SUBGRAPH_UNAVAILABLE")).toBe(true);
      expect(JSON.stringify(r.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/i);
    }
    const served = results.filter((r) => r.body.data.d10 !== null);
    expect(served.every((r) => r.body.data.d10.name === "D-10 Strategy Forum")).toBe(true);
  }, 60_000);
});

describe("a subgraph that never answers", () => {
  // Accepts connections and requests, and never responds: the worst kind of slow.
  const stalled = http.createServer(() => {});
  let stalledUrl = "";
  beforeAll(async () => {
    stalledUrl = `${await listen(stalled, { host: "127.0.0.1", port: 0, service: "stalled", portVariable: "-" })}/graphql`;
  });
  afterAll(() => close(stalled));
  const hub = useHub({
    HUB_SUBGRAPH_TIMEOUT_MS: "500",
    get HUB_D10_URL() {
      return stalledUrl;
    },
  } as Record<string, string>);

  it("costs no more than the timeout plus a small margin, and yields the rest", async () => {
    const start = performance.now();
    const response = await fetch(hub().gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: QUERY });
    const elapsed = performance.now() - start;
    const body = (await response.json()) as any;
    expect(response.status).toBe(200);
    expect(body.data.communityOfDemocracies.secretariat.city).toBe("Warsaw");
    expect(body.data.d10).toBeNull();
    expect(body.errors[0]).toMatchObject({
      message: "The d10 subgraph did not answer within 500 ms.",
      extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "d10" },
    });
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(1500);
  });
});
