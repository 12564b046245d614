/**
 * The hub across machines, as far as one machine can show it: each subgraph in a network
 * namespace of its own with its own address, the gateway in another, joined by veth pairs on a
 * bridge the test creates (nothing else is reachable from inside), each service started alone
 * (`start:subgraph`, the gateway's entry) and told the others' addresses by URL only. Once the
 * bundled data is imported, the README's examples must answer exactly as documented, from the
 * test's own namespace through the bridge.
 *
 * Needs root and iproute2; elsewhere it skips and says why. CI (HUB_REQUIRE_NETNS=1) does not skip.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBGRAPHS } from "../../subgraphs/registry.js";
import { postGraphQL } from "../harness.js";
import { readmeExample } from "../readme.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Names unique to this run, short enough for interface names (15 characters). */
const TAG = `hub${process.pid % 100000}`;
const NET = `10.213.${process.pid % 200}`;
const BRIDGE = `${TAG}br`;
const GATEWAY_PORT = 4000;

function ip(...args: string[]): void {
  execFileSync("ip", args, { stdio: ["ignore", "ignore", "pipe"] });
}

/** Why namespaces cannot be made here, or null when they can. */
function unavailable(): string | null {
  if (process.getuid?.() !== 0) return "network namespaces need root";
  try {
    ip("netns", "add", `${TAG}probe`);
    ip("netns", "del", `${TAG}probe`);
    return null;
  } catch (error) {
    return `cannot create a network namespace: ${(error as Error).message.split("\n")[0]}`;
  }
}

const reason = unavailable();
if (reason && process.env.HUB_REQUIRE_NETNS === "1") throw new Error(`HUB_REQUIRE_NETNS=1 but ${reason}`);
if (reason) console.warn(`skipping the cross-namespace test: ${reason}`);

type Placed = { name: string; namespace: string; address: string; child?: ChildProcess; output: string };

describe.skipIf(reason !== null)("the hub across network namespaces", () => {
  const services: Placed[] = [...SUBGRAPHS.map((subgraph) => subgraph.name), "gateway"].map((name, i) => ({
    name,
    namespace: `${TAG}-${i}`,
    address: `${NET}.${10 + i}`,
    output: "",
  }));
  const gateway = services.at(-1)!;
  const gatewayUrl = `http://${gateway.address}:${GATEWAY_PORT}/graphql`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-netns-"));

  const waitFor = async (service: Placed, pattern: RegExp, timeoutMs: number) => {
    const started = Date.now();
    while (!pattern.test(service.output)) {
      if (service.child?.exitCode !== null && service.child?.exitCode !== undefined) throw new Error(`${service.name} exited: ${service.output}`);
      if (Date.now() - started > timeoutMs) throw new Error(`${service.name}: no ${pattern} within ${timeoutMs} ms; it printed: ${service.output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const start = (service: Placed, entry: string[], env: Record<string, string>) => {
    const child = spawn("ip", ["netns", "exec", service.namespace, process.execPath, "--import", "tsx", ...entry], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production", HUB_HOST: service.address, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk) => (service.output += chunk));
    child.stderr!.on("data", (chunk) => (service.output += chunk));
    service.child = child;
  };

  beforeAll(async () => {
    ip("link", "add", "name", BRIDGE, "type", "bridge");
    ip("addr", "add", `${NET}.1/24`, "dev", BRIDGE);
    ip("link", "set", BRIDGE, "up");
    services.forEach((service, i) => {
      const hostEnd = `${TAG}v${i}`;
      ip("netns", "add", service.namespace);
      ip("link", "add", hostEnd, "type", "veth", "peer", "name", "eth0", "netns", service.namespace);
      ip("link", "set", hostEnd, "master", BRIDGE, "up");
      ip("-n", service.namespace, "addr", "add", `${service.address}/24`, "dev", "eth0");
      ip("-n", service.namespace, "link", "set", "eth0", "up");
      ip("-n", service.namespace, "link", "set", "lo", "up");
    });
    // Each subgraph alone, on its own address; un-votes and overlaps read bodies through the gateway.
    SUBGRAPHS.forEach((subgraph, i) => {
      start(services[i], ["subgraphs/start-subgraph.ts", subgraph.name], {
        HUB_DATA_DIR: path.join(dataDir, subgraph.name),
        HUB_UN_VOTES_GATEWAY_URL: gatewayUrl,
        HUB_OVERLAPS_GATEWAY_URL: gatewayUrl,
      });
    });
    // The gateway knows the subgraphs by URL only.
    start(gateway, ["gateway/index.ts"], {
      HUB_GATEWAY_PORT: String(GATEWAY_PORT),
      HUB_RATE_LIMIT_PER_SECOND: "0",
      HUB_CONSOLE: "false",
      ...Object.fromEntries(SUBGRAPHS.map((subgraph, i) => [`${subgraph.envPrefix}_URL`, `http://${services[i].address}:${subgraph.defaultPort}/graphql`])),
    });
    for (const service of services) await waitFor(service, new RegExp(`listening at http://${service.address.replace(/\./g, "\\.")}:`), 60_000);
    await waitFor(services[SUBGRAPHS.findIndex((s) => s.name === "un-votes")], /un-votes: import of the UN's resolutions finished/, 180_000);
    await waitFor(services[SUBGRAPHS.findIndex((s) => s.name === "alliance")], /alliance: V-Dem import finished/, 120_000);
    await waitFor(services[SUBGRAPHS.findIndex((s) => s.name === "overlaps")], /overlaps: registry import finished/, 120_000);
  }, 240_000);

  afterAll(async () => {
    for (const service of services) service.child?.kill("SIGTERM");
    await Promise.all(
      services.map((service) => (service.child && service.child.exitCode === null ? new Promise((resolve) => service.child!.on("exit", resolve)) : null)),
    );
    for (const service of services) {
      try {
        ip("netns", "del", service.namespace);
      } catch {
        // already gone
      }
    }
    try {
      ip("link", "del", BRIDGE);
    } catch {
      // already gone
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers the README's examples through the gateway in its own namespace, as documented", async () => {
    for (const heading of [
      "Example",
      "For caucus whips: General Assembly votes",
      "The General Assembly record: coverage, sources and gaps",
      "Before creating anything: overlaps",
    ]) {
      const { query, output } = await readmeExample(heading);
      expect(await postGraphQL(gatewayUrl, query), heading).toEqual(output);
    }
  });

  it("keeps each service to its own address: a subgraph is not reachable on the gateway's", async () => {
    const unVotes = SUBGRAPHS.find((s) => s.name === "un-votes")!;
    await expect(fetch(`http://${gateway.address}:${unVotes.defaultPort}/health`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    const health = await fetch(`http://${services[SUBGRAPHS.indexOf(unVotes)].address}:${unVotes.defaultPort}/health`);
    expect(await health.json()).toMatchObject({ status: "ok" });
  });
});
