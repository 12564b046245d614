/**
 * Starting the gateways the benchmark compares, each as its own process on the same supergraph
 * file and the same running subgraphs: this hub (as `npm start` runs it), plain @apollo/gateway,
 * Hive Gateway, and Hive Gateway with its Rust query planner (Grafbase: grafbase.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { SUBGRAPHS } from "../../../subgraphs/registry.js";
import { childPids, commandLine } from "./process-stats.js";

export type RunningGateway = { name: string; url: string; pid: number; child: ChildProcess; output: () => string };

/**
 * Production settings, with the hub's per-client limits out of the way: the load generator is one
 * client sending hundreds of requests a second, ten at a time (the large list is an expensive
 * request), on purpose.
 */
export const PRODUCTION = { NODE_ENV: "production", HUB_RATE_LIMIT_PER_SECOND: "0", HUB_MAX_EXPENSIVE_PER_CLIENT: "1000" };

function spawnNode(root: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  return spawnPeer(process.execPath, args, { cwd: root, env });
}

/** A gateway's process, its output kept for the error that says why it did not start. */
export function spawnPeer(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...PRODUCTION, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

export async function waitFor<T>(what: string, child: ChildProcess, output: () => string, probe: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited before it was ready:\n${output()}`);
    const result = await probe().catch(() => null);
    if (result !== null) return result;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s:\n${output()}`);
}

async function answersGraphQL(url: string): Promise<true | null> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
  await response.text();
  return response.status === 200 ? true : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** The hub as `npm start` runs it, every service on a free port; returns its gateway and subgraphs. */
export async function startHub(
  root: string,
  env: NodeJS.ProcessEnv,
): Promise<{ gateway: RunningGateway; subgraphUrls: Record<string, string>; launcher: ChildProcess }> {
  const ports = Object.fromEntries([["HUB_GATEWAY_PORT", "0"], ["HUB_GATEWAY_OPS_PORT", "0"], ...SUBGRAPHS.map((s) => [`${s.envPrefix}_PORT`, "0"])]);
  const { child, output } = spawnNode(root, [path.join(root, "dist", "gateway", "launcher", "launch.js")], { ...ports, ...env });
  const url = await waitFor("the hub", child, output, async () => /query the graph at (http:\/\/\S+)/.exec(output())?.[1] ?? null);
  const subgraphUrls = Object.fromEntries([...output().matchAll(/hub: subgraph (\S+)\s+(http:\/\/\S+)/g)].map((m) => [m[1], m[2]]));
  const pid = childPids(child.pid!).find((p) => commandLine(p).includes(path.join("dist", "gateway", "index.js")));
  if (!pid) throw new Error("could not find the hub's gateway process among the launcher's children");
  return { gateway: { name: "democracy-hub", url, pid, child, output }, subgraphUrls, launcher: child };
}

/**
 * A second gateway of this hub on the same subgraphs with different settings (the direct path
 * off, say): the benchmark measures what one lever buys within the same run.
 */
export async function startHubGateway(root: string, name: string, subgraphUrls: Record<string, string>, env: NodeJS.ProcessEnv): Promise<RunningGateway> {
  const port = await freePort();
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, subgraphUrls[s.name]]));
  const { child, output } = spawnNode(root, [path.join(root, "dist", "gateway", "index.js")], {
    ...urls,
    ...env,
    HUB_GATEWAY_PORT: String(port),
    HUB_GATEWAY_OPS_PORT: "0",
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitFor(name, child, output, () => answersGraphQL(url));
  return { name, url, pid: child.pid!, child, output };
}

export async function startPlainApollo(root: string, supergraphFile: string): Promise<RunningGateway> {
  const port = await freePort();
  const { child, output } = spawnNode(
    root,
    ["--import", "tsx", path.join(root, "tests", "bench", "gateway-bench", "plain-apollo-gateway.ts"), supergraphFile, String(port)],
    {},
  );
  const url = `http://127.0.0.1:${port}/`;
  await waitFor("@apollo/gateway", child, output, () => answersGraphQL(url));
  return { name: "@apollo/gateway", url, pid: child.pid!, child, output };
}

/** The checked-in supergraph with each subgraph's URL set to where it runs now, written to `file`. */
export function supergraphFor(root: string, subgraphUrls: Record<string, string>, file: string): string {
  let sdl = fs.readFileSync(path.join(root, "schema", "supergraph.graphql"), "utf8");
  for (const [name, url] of Object.entries(subgraphUrls)) {
    const pattern = new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`);
    if (!pattern.test(sdl)) throw new Error(`subgraph ${name} is not in the supergraph`);
    sdl = sdl.replace(pattern, `$1${url}$2`);
  }
  fs.writeFileSync(file, sdl);
  return file;
}

/**
 * Hive Gateway through its own CLI, one process (`--fork 1`), with or without the Rust query
 * planner; configured as the benchmark configures it unless another configuration file is given.
 */
export async function startHive(
  root: string,
  supergraphFile: string,
  routerRuntime: boolean,
  config = path.join(root, "tests", "bench", "gateway-bench", "hive-gateway.config.ts"),
): Promise<RunningGateway> {
  const port = await freePort();
  const cli = path.join(root, "node_modules", "@graphql-hive", "gateway", "dist", "bin.js");
  const args = [cli, "supergraph", supergraphFile, "--host", "127.0.0.1", "--port", String(port), "--fork", "1", "--config-path", config];
  const { child, output } = spawnNode(root, routerRuntime ? [...args, "--hive-router-runtime"] : args, {});
  const url = `http://127.0.0.1:${port}/graphql`;
  const name = routerRuntime ? "hive + router-runtime" : "@graphql-hive/gateway";
  await waitFor(name, child, output, () => answersGraphQL(url));
  // The CLI falls back to the JavaScript planner, with a warning, when the Rust one does not load.
  if (routerRuntime && (!output().includes("Using Hive Router Runtime") || output().includes("Could not load"))) {
    throw new Error(`Hive Gateway did not load @graphql-hive/router-runtime:\n${output()}`);
  }
  return { name, url, pid: child.pid!, child, output };
}
