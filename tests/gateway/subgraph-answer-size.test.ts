/** A subgraph answer larger than the gateway reads costs that call's fields, not the gateway's memory. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";

describe("the largest answer the gateway reads from a subgraph", () => {
  // A stand-in d10 subgraph whose answer is 4 KB of name.
  const oversized = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { d10: { name: "x".repeat(4000) } } })));
  });
  beforeAll(() => new Promise<void>((resolve) => oversized.listen(0, "127.0.0.1", resolve)));
  afterAll(() => new Promise<void>((resolve) => oversized.close(() => resolve())));
  // The getter is read when the hub starts, after the stand-in listens.
  const hub = useHub(
    {
      HUB_SUBGRAPH_MAX_RESPONSE_BYTES: "1000",
      get HUB_D10_URL() {
        return `http://127.0.0.1:${(oversized.address() as AddressInfo).port}/graphql`;
      },
    } as Record<string, string>,
    { subgraphs: ["community-of-democracies"] },
  );

  it("answers the rest, with the oversized call's fields null and an error that names the subgraph", async () => {
    const result = await hub().query(`{ d10 { name } communityOfDemocracies { secretariat { city } } }`);
    expect(result.data).toEqual({ d10: null, communityOfDemocracies: { secretariat: { city: "Warsaw" } } });
    expect(result.errors?.[0]).toMatchObject({
      message: "The d10 subgraph answered more than 1000 bytes.",
      extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "d10" },
    });
  });
});
