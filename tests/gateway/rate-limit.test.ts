/** Past its budget a client is answered 429 with Retry-After, before any work is done for it. */
import { describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";

describe("the gateway's per-client rate limit", () => {
  const hub = useHub({ HUB_RATE_LIMIT_PER_SECOND: "1", HUB_RATE_LIMIT_BURST: "3" }, { subgraphs: ["d10"] });

  it("answers 429 with Retry-After once a client's burst is spent, and nothing reaches a subgraph", async () => {
    const post = () =>
      fetch(hub().gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ d10 { name } }` }) });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post()).status);
    expect(statuses).toEqual([200, 200, 200]);
    const d10 = hub().gateway.dataSources.get("d10")!;
    const callsBefore = d10.requestCount;
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(d10.requestCount).toBe(callsBefore);
  });
});
