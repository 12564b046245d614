import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";
import { close, listen } from "../../subgraphs/platform/listen.js";

/** A stand-in d10 subgraph (a test fixture, not the real one) that records each request's headers. */
const seen: http.IncomingHttpHeaders[] = [];
const recorder = http.createServer((req, res) => {
  seen.push(req.headers);
  req.resume().on("end", () => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ data: { d10: { __typename: "D10" } } }));
  });
});
let recorderUrl = "";
beforeAll(async () => {
  recorderUrl = `${await listen(recorder, { host: "127.0.0.1", port: 0, service: "recorder", portVariable: "test" })}/graphql`;
});
afterAll(() => close(recorder));

describe("HUB_FORWARD_HEADERS", () => {
  const hub = useHub(
    {
      HUB_FORWARD_HEADERS: "Authorization, x-tenant",
      get HUB_D10_URL() {
        return recorderUrl;
      },
    },
    { subgraphs: [] },
  );

  it("passes the listed client headers to subgraph calls, and no others", async () => {
    seen.length = 0;
    const response = await fetch(hub().gatewayUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: "Bearer client-token-1",
        "x-tenant": "caucus",
        "x-other": "kept back",
        "x-hub-claims": "forged",
      },
      body: JSON.stringify({ query: "{ d10 { __typename } }" }),
    });
    expect(await response.json()).toEqual({ data: { d10: { __typename: "D10" } } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ authorization: "Bearer client-token-1", "x-tenant": "caucus", "content-type": "application/json" });
    expect(seen[0]["x-other"]).toBeUndefined();
    expect(seen[0]["x-hub-claims"]).toBeUndefined();
  });
});
