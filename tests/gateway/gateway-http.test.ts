import http from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { useHub } from "../hub-hooks.js";
import { metricValue } from "../../subgraphs/platform/metrics.js";

function base(url: string): string {
  return url.replace(/\/graphql$/, "");
}

describe("gateway HTTP surface", () => {
  const hub = useHub({ HUB_MAX_BODY_BYTES: "2048" });

  it("answers health on the public port, and readiness with each subgraph's state only on the operations address", async () => {
    const health = await fetch(`${base(hub().gatewayUrl)}/health`);
    expect(await health.json()).toEqual({ status: "ok", service: "gateway" });
    for (const hidden of ["/ready", "/metrics"]) expect((await fetch(`${base(hub().gatewayUrl)}${hidden}`)).status, hidden).toBe(404);
    const ready = await fetch(`${hub().operationsUrl}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      subgraphs: { alliance: "up", "community-of-democracies": "up", d10: "up", overlaps: "up", "un-votes": "up" },
    });
  });

  it("counts GraphQL requests in /metrics, at the gateway and at each subgraph", async () => {
    const read = async (url: string) => {
      const response = await fetch(url === hub().gatewayUrl ? `${hub().operationsUrl}/metrics` : `${base(url)}/metrics`);
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
    const post = (body: string, contentType = "application/json") =>
      fetch(hub().gatewayUrl, { method: "POST", headers: { "content-type": contentType }, body });
    const malformed = await post("{ not json");
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0].message).toMatch(/malformed JSON body/);
    const oversized = await post(JSON.stringify({ query: `{ ${"__typename ".repeat(400)} }` }));
    expect(oversized.status).toBe(413);
    expect(((await oversized.json()) as any).errors[0].message).toMatch(/expected at most 2048 bytes/);
    const missing = await fetch(`${base(hub().gatewayUrl)}/nowhere`);
    expect(missing.status).toBe(404);
  });

  it("gzips a large answer for a client that accepts it, and only then", async () => {
    const raw = (query: string, acceptEncoding: string | null) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const body = JSON.stringify({ query });
        const request = http.request(
          hub().gatewayUrl,
          {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "content-length": Buffer.byteLength(body),
              ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk) => chunks.push(chunk));
            res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        request.on("error", reject);
        request.end(body);
      });
    const large = "{ countries { code name officialName alpha2 region historical } }";
    const plain = await raw(large, null);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(16 * 1024);
    const zipped = await raw(large, "gzip, deflate, br");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toMatch(/accept-encoding/);
    expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(gunzipSync(zipped.body).toString("utf8"))).toEqual(JSON.parse(plain.body.toString("utf8")));
    const small = await raw(`{ d10 { name } }`, "gzip");
    expect(small.headers["content-encoding"]).toBeUndefined();
    // A client that refuses gzip by quality value gets the plain answer (it used to get gzip: the word was there).
    for (const refusing of ["gzip;q=0", "br, gzip;q=0", "*, gzip;q=0", "identity"]) {
      const answer = await raw(large, refusing);
      expect(answer.headers["content-encoding"], refusing).toBeUndefined();
      expect(answer.body.length, refusing).toBe(plain.body.length);
    }
    expect((await raw(large, "*")).headers["content-encoding"]).toBe("gzip");
    expect((await raw(large, "GZIP;q=0.5")).headers["content-encoding"]).toBe("gzip");
  });

  it("answers 413 to a chunked body over the limit instead of resetting the connection", async () => {
    const url = new URL(hub().gatewayUrl);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
        },
        (response) => {
          let body = "";
          response.on("data", (chunk) => (body += chunk));
          response.on("end", () => resolve({ status: response.statusCode!, body }));
        },
      );
      request.on("error", reject);
      // 8 KiB in 1 KiB chunks, no length announced; the limit here is 2 KiB.
      const chunk = "x".repeat(1024);
      let sent = 0;
      const writeMore = () => {
        while (sent < 8 && request.write(chunk)) sent++;
        if (sent < 8) request.once("drain", writeMore);
        else request.end();
      };
      writeMore();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("cuts an error message that would echo a huge input back", async () => {
    const result = await hub().query(`query ($c: String!) { country(code: $c) { code } }`, { c: "Z".repeat(1500) });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0].message.length).toBeLessThan(600);
    expect(result.errors![0].message).toMatch(/truncated/);
  });

  it("masks internal details and never sends a stack trace", async () => {
    const result = await hub().query(`{ country(code: "123") { code } }`);
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|127\.0\.0\.1|at \w+ \(/);
  });
});
