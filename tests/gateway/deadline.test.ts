/**
 * Work stops when nobody waits for it any more: the gateway tells each subgraph how long it will
 * wait, and the un-votes analyses stop past that budget.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TIMEOUT_HEADER } from "../../subgraphs/platform/deadline.js";
import { useHub } from "../hub-hooks.js";

describe("time budgets behind the gateway", () => {
  // A stand-in d10 subgraph that records what the gateway sends it.
  const seen: http.IncomingHttpHeaders[] = [];
  const recorder = http.createServer((req, res) => {
    seen.push(req.headers);
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { d10: { name: "recorded" } } })));
  });
  beforeAll(() => new Promise<void>((resolve) => recorder.listen(0, "127.0.0.1", resolve)));
  afterAll(() => new Promise<void>((resolve) => recorder.close(() => resolve())));
  // The getter is read when the hub starts, after the recorder listens.
  const hub = useHub(
    {
      HUB_SUBGRAPH_TIMEOUT_MS: "4321",
      get HUB_D10_URL() {
        return `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/graphql`;
      },
    } as Record<string, string>,
    { subgraphs: ["un-votes"] },
  );

  it("sends each subgraph the time the gateway will wait for it", async () => {
    expect(await hub().query(`{ d10 { name } }`)).toEqual({ data: { d10: { name: "recorded" } } });
    expect(seen.at(-1)?.[TIMEOUT_HEADER]).toBe("4321");
  });

  it("stops an analysis whose budget is spent, with DEADLINE_EXCEEDED", async () => {
    const response = await fetch(hub().subgraphUrls["un-votes"], {
      method: "POST",
      headers: { "content-type": "application/json", [TIMEOUT_HEADER]: "0" },
      body: JSON.stringify({ query: `{ generalAssemblyVoting(memberCodes: ["USA", "CAN"]) { agreementMatrix { edges { node { agreement } } } } }` }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe("DEADLINE_EXCEEDED");
  });
});
