/**
 * The hub never phones home: every connection it opens stays on loopback. Every outgoing socket
 * is recorded by patching net.Socket#connect (which http, https, undici and fetch all go
 * through); a connection to anywhere else is recorded and refused before it leaves the machine.
 */
import net from "node:net";
import { ApolloGateway } from "@apollo/gateway";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGatewayConfig } from "../../gateway/config.js";
import { useHub } from "../hub-hooks.js";

type Attempt = { host: string; port?: number };
const attempts: Attempt[] = [];
const originalConnect = net.Socket.prototype.connect;

function target(args: unknown[]): Attempt {
  const [first, second] = args as [any, any];
  if (Array.isArray(first)) return target(first); // internal normalized form
  if (typeof first === "object" && first !== null) return first.path ? { host: "unix" } : { host: first.host ?? "localhost", port: Number(first.port) };
  if (typeof first === "string" && !/^\d+$/.test(first)) return { host: "unix" };
  return { host: typeof second === "string" ? second : "localhost", port: Number(first) };
}

function isLoopback(host: string): boolean {
  return host === "unix" || host === "localhost" || host === "::1" || host === "[::1]" || /^127\./.test(host) || host === "::ffff:127.0.0.1";
}

beforeAll(() => {
  net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
    const attempt = target(args);
    attempts.push(attempt);
    if (!isLoopback(attempt.host)) {
      // Refused here: nothing is sent off the machine, not even a DNS query.
      process.nextTick(() => this.destroy(new Error(`blocked by test: connection to ${attempt.host}:${attempt.port}`)));
      return this;
    }
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
});
afterAll(() => {
  net.Socket.prototype.connect = originalConnect;
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("no connection leaves loopback", () => {
  const hub = useHub();

  it("while the hub starts and answers queries across all four subgraphs", async () => {
    const result = await hub().query(
      `{ countries(codes: ["USA", "POL"]) { code codGoverningCouncilSeat { source { title } } unMember d10Role aodMembership { status } } }`,
    );
    expect(result.errors).toBeUndefined();
    await settle(1500);
    // The recorder saw the gateway's own calls to the subgraphs, so it was live…
    expect(attempts.length).toBeGreaterThan(0);
    // …and every one of them stayed on this machine.
    expect(attempts.filter((attempt) => !isLoopback(attempt.host))).toEqual([]);
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe("true");
  });

  it("would catch Apollo's telemetry if it were on (control: the recorder can fail)", async () => {
    const saved = process.env.APOLLO_TELEMETRY_DISABLED;
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const before = attempts.length;
    let gateway: ApolloGateway | undefined;
    try {
      gateway = new ApolloGateway({ supergraphSdl: await readFile(readGatewayConfig({}).supergraphFile, "utf8") });
      for (let waited = 0; waited < 5000 && !attempts.slice(before).some((a) => !isLoopback(a.host)); waited += 100) await settle(100);
    } finally {
      process.env.APOLLO_TELEMETRY_DISABLED = saved;
      await gateway?.stop().catch(() => undefined);
    }
    const offMachine = attempts.slice(before).filter((attempt) => !isLoopback(attempt.host));
    expect(offMachine.length).toBeGreaterThan(0);
  });
});
