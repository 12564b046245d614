/**
 * When the overlaps subgraph reads the hub again (HubSnapshot.fresh with the gateway's write
 * mark): against a stand-in gateway made for this test, which counts reads, answers one made-up
 * body and can be held or made to fail.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HubGatewayClient } from "../../subgraphs/platform/hub-gateway.js";
import { HubSnapshot } from "../../subgraphs/overlaps/hub-snapshot.js";
import type { WriteMark } from "../../subgraphs/platform/hub-writes.js";

const BODY = { id: "alliance-of-democracies", name: "Fixture alliance", memberCodes: ["CAN"], activities: [] };

describe("the hub snapshot reads again only when the gateway forwarded a write since", () => {
  let server: http.Server;
  let url: string;
  let served = 0;
  let failing = false;
  let hold: Promise<void> | null = null;

  beforeAll(async () => {
    server = http.createServer(async (req, res) => {
      for await (const _ of req); // the body is not needed
      served++;
      if (hold) await hold;
      res.setHeader("content-type", "application/json");
      if (failing) res.end(JSON.stringify({ errors: [{ message: "stand-in failure" }] }));
      else res.end(JSON.stringify({ data: { communityOfDemocracies: null, d10: null, alliance: BODY, unDemocracyCaucus: null } }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const mark = (count: number, gateway = "a1"): WriteMark => ({ gateway, count });

  it("reads before every answer without a mark, and once per write with one", async () => {
    const snapshot = new HubSnapshot(new HubGatewayClient(url));
    served = 0;
    await snapshot.fresh(null);
    await snapshot.fresh(null);
    expect(served).toBe(2);
    await snapshot.fresh(mark(1));
    await snapshot.fresh(mark(1));
    await snapshot.fresh(mark(1));
    expect(served).toBe(3);
    await snapshot.fresh(mark(2));
    expect(served).toBe(4);
    // An older mark (a request sent before the last write) is covered too.
    await snapshot.fresh(mark(1));
    expect(served).toBe(4);
    // A restarted gateway counts from zero: its marks say nothing about what was read before.
    await snapshot.fresh(mark(0, "b2"));
    expect(served).toBe(5);
    expect(snapshot.bodies.map((body) => body.id)).toEqual(["alliance-of-democracies"]);
    expect(snapshot.reads).toBe(5);
    await snapshot.hub.close();
  });

  it("shares a read under way with requests it covers, and reads once more for a later write", async () => {
    const snapshot = new HubSnapshot(new HubGatewayClient(url));
    await snapshot.fresh(mark(5));
    served = 0;
    let release!: () => void;
    hold = new Promise<void>((resolve) => (release = resolve));
    const first = snapshot.fresh(mark(6));
    const same = snapshot.fresh(mark(6));
    const later = snapshot.fresh(mark(7));
    const alsoLater = snapshot.fresh(mark(7));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(served).toBe(1);
    hold = null;
    release();
    await Promise.all([first, same, later, alsoLater]);
    // The read begun at mark 6 could not hold write 7: one more read, shared by both askers.
    expect(served).toBe(2);
    await snapshot.fresh(mark(7));
    expect(served).toBe(2);
    await snapshot.hub.close();
  });

  it("reads again after a failed read, whatever the mark", async () => {
    const snapshot = new HubSnapshot(new HubGatewayClient(url));
    await snapshot.fresh(mark(1));
    served = 0;
    failing = true;
    await snapshot.fresh(mark(2));
    expect(snapshot.lastError).toMatch(/stand-in failure/);
    await snapshot.fresh(mark(2));
    expect(served).toBe(2);
    failing = false;
    await snapshot.fresh(mark(2));
    await snapshot.fresh(mark(2));
    expect(served).toBe(3);
    expect(snapshot.lastError).toBeNull();
    // The last good snapshot was kept through the failures.
    expect(snapshot.bodies.map((body) => body.id)).toEqual(["alliance-of-democracies"]);
    await snapshot.hub.close();
  });
});
