/**
 * `npm start` as a user runs it: the compiled launcher starts six processes (five subgraphs and the gateway), prints the gateway
 * URL, serves the README's query, and stops every process on SIGTERM. Ports are 0 so the test
 * never collides with a hub already running on this machine.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBGRAPHS } from "../../subgraphs/registry.js";
import { HOW_TO_IMPORT_RATINGS } from "../../subgraphs/alliance/startup.js";
import { HOW_TO_IMPORT } from "../../subgraphs/un-votes/startup.js";
import { postGraphQL } from "../harness.js";
import { readmeExample, readmeFirstQuery } from "../readme.js";
import { FIXTURES } from "../shared-data.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const LAUNCHER = path.join(ROOT, "dist", "gateway", "launcher", "launch.js");

type Launch = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function launch(env: Record<string, string>): Launch {
  const child = spawn(process.execPath, [LAUNCHER], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(read: () => string, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    const match = pattern.exec(read());
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${pattern}; output so far:\n${read()}`);
}

function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

describe("npm start launcher", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-launch-"));
  const allPortsZero = Object.fromEntries([["HUB_GATEWAY_PORT", "0"], ["HUB_GATEWAY_OPS_PORT", "0"], ...SUBGRAPHS.map((s) => [`${s.envPrefix}_PORT`, "0"])]);
  // No data import on start (each source "none"), for the tests that are not about data.
  const noImports = {
    HUB_UNVOTES_SOURCE: "none",
    HUB_UN_RESOLUTIONS_SOURCE: "none",
    HUB_FREEDOMHOUSE_SOURCE: "none",
    HUB_VDEM_SOURCE: "none",
    HUB_COW_IGO_SOURCE: "none",
  };
  const running: ChildProcess[] = [];

  beforeAll(() => {
    // What `npm start` runs first.
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
  }, 120_000);
  afterAll(() => {
    for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts all services, serves the graph, and stops them all on SIGTERM", async () => {
    const hub = launch({ ...allPortsZero, ...noImports, HUB_DATA_DIR: dataDir });
    running.push(hub.child);
    const [, url] = await waitFor(hub.output, /query the graph at (http:\/\/\S+)/, 60_000);
    const result = await postGraphQL(
      url,
      `{ country(code: "POL") { name codGoverningCouncilSeat { source { checkedOn } } unMember d10Role aodMembership { status } } }`,
    );
    expect(result).toEqual({
      data: {
        country: {
          name: "Poland",
          codGoverningCouncilSeat: { source: { checkedOn: "2026-11-27" } },
          unMember: true,
          d10Role: "OBSERVER",
          aodMembership: { status: "NOT_A_MEMBER" },
        },
      },
    });
    const ports = [...hub.output().matchAll(/listening at http:\/\/127\.0\.0\.1:(\d+)/g)].map((m) => Number(m[1]));
    expect(ports).toHaveLength(SUBGRAPHS.length + 1);
    // Every source "none": nothing is imported or downloaded, one line says how to import.
    expect(hub.output()).toContain(HOW_TO_IMPORT);
    expect(hub.output()).toContain(HOW_TO_IMPORT_RATINGS);
    // One SQLite file per subgraph in the data directory.
    expect(
      fs
        .readdirSync(dataDir)
        .filter((f) => f.endsWith(".sqlite"))
        .sort(),
    ).toEqual(SUBGRAPHS.map((s) => `${s.name}.sqlite`).sort());

    hub.child.kill("SIGTERM");
    expect(await hub.exited).toBe(0);
    for (const port of ports) expect(await portAcceptsConnections(port), `port ${port}`).toBe(false);
  }, 90_000);

  it("imports votes and ratings from the configured sources on first start while already serving", async () => {
    const freshData = fs.mkdtempSync(path.join(os.tmpdir(), "hub-launch-import-"));
    const hub = launch({
      ...allPortsZero,
      HUB_DATA_DIR: freshData,
      HUB_UNVOTES_SOURCE: path.join(FIXTURES, "unvotes-mini"),
      HUB_UN_RESOLUTIONS_SOURCE: path.join(FIXTURES, "un-ga-resolutions-mini"),
      HUB_FREEDOMHOUSE_SOURCE: path.join(FIXTURES, "freedomhouse-mini.csv"),
      HUB_VDEM_SOURCE: path.join(FIXTURES, "vdem-mini.csv"),
      HUB_COW_IGO_SOURCE: "none",
    });
    running.push(hub.child);
    try {
      const [, url] = await waitFor(hub.output, /query the graph at (http:\/\/\S+)/, 60_000);
      await waitFor(hub.output, /un-votes: import of the UN's resolutions finished/, 30_000);
      // The five made-up roll calls, and the made-up ES-11 vote of five states (its A/RES/56/30 is roll call 5: sponsors only).
      const result = await postGraphQL(url, `{ unVotesStats { rollCallCount voteCount issueTagCount countryCount } }`);
      expect(result).toEqual({ data: { unVotesStats: { rollCallCount: 6, voteCount: 26, issueTagCount: 6, countryCount: 8 } } });
      expect(hub.output()).toContain("un_votes.csv: 21 read, 21 inserted, 0 updated, 0 unchanged, 0 rejected");
      expect(hub.output()).toContain("ES-11.json: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected");
      await waitFor(hub.output, /alliance: V-Dem import finished/, 30_000);
      const eligibility = await postGraphQL(url, `{ country(code: "CAN") { aodEligibility { eligible freedomStatus } } }`);
      expect(eligibility).toEqual({ data: { country: { aodEligibility: { eligible: true, freedomStatus: "FREE" } } } });
    } finally {
      hub.child.kill("SIGTERM");
      await hub.exited;
      fs.rmSync(freshData, { recursive: true, force: true });
    }
  }, 90_000);

  it("restarts a subgraph killed with SIGKILL on the port it had, serving the rest meanwhile", async () => {
    const hub = launch({ ...allPortsZero, ...noImports, HUB_DATA_DIR: dataDir });
    running.push(hub.child);
    try {
      const [, url] = await waitFor(hub.output, /query the graph at (http:\/\/\S+)/, 60_000);
      const [, d10Url] = await waitFor(hub.output, /subgraph d10\s+(http:\/\/\S+)/, 1000);
      const d10Pid = execFileSync("pgrep", ["-P", String(hub.child.pid), "-f", "subgraphs/d10/index.js"], { encoding: "utf8" }).trim();
      process.kill(Number(d10Pid), "SIGKILL");
      await waitFor(hub.output, /d10 stopped unexpectedly \(SIGKILL\); restarting it in 1 s/, 10_000);
      // Meanwhile the gateway answers what the other subgraphs own.
      const partial = await postGraphQL(url, `{ country(code: "POL") { name unMember } }`);
      expect(partial).toEqual({ data: { country: { name: "Poland", unMember: true } } });
      const [, restartedAt] = await waitFor(hub.output, /d10 restarted, listening at (\S+)/, 30_000);
      expect(restartedAt).toBe(d10Url);
      expect(await postGraphQL(url, `{ country(code: "POL") { d10Role } }`)).toEqual({ data: { country: { d10Role: "OBSERVER" } } });
      expect(hub.child.exitCode).toBeNull();
    } finally {
      hub.child.kill("SIGTERM");
      await hub.exited;
    }
  }, 90_000);

  it("on a fresh clone's first start imports the bundled snapshot while serving, and then answers the README's examples with real data", async () => {
    const freshData = fs.mkdtempSync(path.join(os.tmpdir(), "hub-launch-bundled-"));
    // No source set: the snapshot in the repository is the data (the hub never reads ../shared/data).
    const hub = launch({ ...allPortsZero, HUB_DATA_DIR: freshData });
    running.push(hub.child);
    try {
      const [, url] = await waitFor(hub.output, /query the graph at (http:\/\/\S+)/, 60_000);
      for (const done of [
        /un-votes: import finished/,
        /un-votes: import of the UN's resolutions finished/,
        /alliance: Freedom House import finished/,
        /alliance: V-Dem import finished/,
        /overlaps: registry import finished/,
      ])
        await waitFor(hub.output, done, 120_000);
      expect(hub.output()).toContain("un-votes: importing General Assembly votes from the bundled snapshot (1946 to September 2023) while serving");
      expect(hub.output()).toContain("un_votes.csv: 916,025 read, 916,025 inserted");
      // The record runs to June 2026: session 80, from the UN's own files.
      const latest = await postGraphQL(
        url,
        `{ rollCalls(filter: { session: 80 }, first: 1) { totalCount } dataSet(name: "un-resolutions") { latestRecordDate } }`,
      );
      expect(latest).toEqual({ data: { rollCalls: { totalCount: 166 }, dataSet: { latestRecordDate: "2026-06-04" } } });
      for (const heading of [
        "Example",
        "For caucus whips: General Assembly votes",
        "The General Assembly record: coverage, sources and gaps",
        "Before creating anything: overlaps",
      ]) {
        const { query, output } = await readmeExample(heading);
        expect(await postGraphQL(url, query), heading).toEqual(output);
      }
      // The Quick start's first query, as curl sends it.
      const first = await readmeFirstQuery();
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(first.body) });
      expect(await response.json()).toEqual(first.output);
    } finally {
      hub.child.kill("SIGTERM");
      await hub.exited;
      fs.rmSync(freshData, { recursive: true, force: true });
    }
  }, 240_000);

  it("refuses to start with a one-line error when a port is taken, and leaves nothing running", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const hub = launch({ ...allPortsZero, ...noImports, HUB_D10_PORT: String(taken), HUB_DATA_DIR: dataDir });
      running.push(hub.child);
      expect(await hub.exited).toBe(1);
      expect(hub.output()).toContain(`hub: could not start: d10: port ${taken} on 127.0.0.1 is already in use; set HUB_D10_PORT to a free port`);
      const ports = [...hub.output().matchAll(/listening at http:\/\/127\.0\.0\.1:(\d+)/g)].map((m) => Number(m[1]));
      for (const port of ports) expect(await portAcceptsConnections(port), `port ${port}`).toBe(false);
    } finally {
      blocker.close();
    }
  }, 90_000);
});
