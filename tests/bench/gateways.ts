/**
 * `npm run bench:gateway`: this hub's gateway against plain @apollo/gateway (the baseline), Hive
 * Gateway, Hive Gateway with its Rust query planner, and Grafbase Gateway (Rust; composed from
 * the subgraphs' SDL, as it works), on the same supergraph file and the same
 * running subgraphs with the real data, for the workloads of the hub's users; and against itself
 * with its fast paths off (HUB_GATEWAY_DIRECT_FETCH=false: the direct path and the plan executor),
 * to show what they buy. Gateways take turns
 * within each round (the order rotates) and medians are reported, with the ratio of this hub to
 * each peer taken within the same run; a direct query of the un-votes subgraph is the floor.
 */
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath } from "node:url";
import { readmeExample } from "../readme.js";
import { generalAssemblyRecord } from "../shared-data.js";
import { prepareBenchData } from "./gateway-bench/bench-data.js";
import { answer, load, settle, subgraphRequestsPerRequest, type RunFigures, type Workload } from "./gateway-bench/load.js";
import { startHive, startHub, startHubGateway, startPlainApollo, supergraphFor, type RunningGateway } from "./gateway-bench/peers.js";
import { childPids, commandLine } from "./gateway-bench/process-stats.js";
import { printTable } from "./gateway-bench/table.js";
import { startGrafbase } from "./gateway-bench/grafbase.js";
import { machine } from "./measure.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
/** Rounds; by default one per gateway, so that each takes every position in the rotation once. */
const ROUNDS_SETTING = process.env.BENCH_ROUNDS ? Number(process.env.BENCH_ROUNDS) : null;
const WARMUP_S = 2;
/**
 * A run of some workloads or peers only (a profile, a lever tried): names, or the start of names,
 * separated by commas. The hub's gateway always runs; the published table runs everything.
 */
const ONLY_WORKLOADS = listSetting("BENCH_WORKLOADS");
const ONLY_PEERS = listSetting("BENCH_PEERS");

function listSetting(name: string): string[] | null {
  const value = process.env[name]?.trim();
  return value ? value.split(",").map((part) => part.trim().toLowerCase()) : null;
}

function chosen(only: string[] | null, name: string): boolean {
  return only === null || only.some((part) => name.toLowerCase().startsWith(part));
}

/** One rewritten line on a terminal; in a log, one line per run. */
function progress(text: string): void {
  if (process.stdout.isTTY) process.stdout.write(`\r${text.padEnd(100)}\r`);
  else if (text) console.log(text);
}

async function workloads(): Promise<Workload[]> {
  return [
    {
      name: "whip dashboard",
      query: `{ unDemocracyCaucus { memberCodes generalAssemblyVoting(session: 74) { countedRollCallCount cohesion defections { country { code name } defectionCount } } } }`,
    },
    { name: "country profiles (4 body subgraphs)", query: (await readmeExample("Example")).query },
    { name: "proposal check", query: (await readmeExample("Before creating anything: overlaps")).query },
    {
      name: "large list (session 74, all votes)",
      query: `{ rollCalls(filter: { session: 74 }, first: 100) { edges { node { id votes(first: 200) { edges { node { position country { code } } } } } } } }`,
      seconds: 2 * DURATION_S,
    },
  ];
}

async function main(): Promise<void> {
  console.log(`democracy-hub gateway benchmark on ${machine()}`);
  const hubData = fs.mkdtempSync(path.join(os.tmpdir(), "hub-gateway-bench-"));
  const gateways: RunningGateway[] = [];
  let launcher: { kill: (signal: NodeJS.Signals) => boolean } | undefined;
  try {
    console.log(`importing the real data (${generalAssemblyRecord().from}) into a scratch data directory…`);
    await prepareBenchData(hubData);
    // The overlaps subgraph re-reads the hub through the hub's gateway every few minutes; that
    // would load one gateway during the others' runs, so it reads once, at start, here.
    const hubSettings = { HUB_FORWARD_HEADERS: "authorization" };
    const hub = await startHub(ROOT, { ...hubSettings, HUB_DATA_DIR: hubData, HUB_OVERLAPS_REFRESH_SECONDS: "86400" });
    launcher = hub.launcher;
    const supergraph = supergraphFor(ROOT, hub.subgraphUrls, path.join(hubData, "supergraph.graphql"));
    gateways.push(hub.gateway);
    if (chosen(ONLY_PEERS, "@apollo/gateway")) gateways.push(await startPlainApollo(ROOT, supergraph));
    if (chosen(ONLY_PEERS, "@graphql-hive/gateway")) gateways.push(await startHive(ROOT, supergraph, false));
    if (chosen(ONLY_PEERS, "hive + router-runtime")) gateways.push(await startHive(ROOT, supergraph, true));
    if (chosen(ONLY_PEERS, "grafbase")) {
      try {
        gateways.push(await startGrafbase(ROOT, hub.subgraphUrls, hubData));
      } catch (error) {
        console.log(`Grafbase left out of this run: ${(error as Error).message}`);
      }
    }
    // What the direct path for single-subgraph queries buys, measured in the same run.
    if (chosen(ONLY_PEERS, "hub, direct path off"))
      gateways.push(await startHubGateway(ROOT, "hub, direct path off", hub.subgraphUrls, { ...hubSettings, HUB_GATEWAY_DIRECT_FETCH: "false" }));
    const unVotesPid = childPids(hub.launcher.pid!).find((pid) => commandLine(pid).includes(path.join("subgraphs", "un-votes", "index.js")))!;

    const work = (await workloads()).filter((workload) => chosen(ONLY_WORKLOADS, workload.name));
    if (work.length === 0) throw new Error(`BENCH_WORKLOADS: expected the start of a workload's name, received ${process.env.BENCH_WORKLOADS}`);
    const sizes = new Map<string, number>();
    const subgraphCalls = new Map<string, number>();
    for (const workload of work) {
      const expected = await answer(hub.gateway.url, workload);
      sizes.set(workload.name, JSON.stringify(expected).length);
      for (const gateway of gateways) {
        if (!isDeepStrictEqual(await answer(gateway.url, workload), expected))
          throw new Error(`${gateway.name} answers ${workload.name} differently from the hub`);
        subgraphCalls.set(`${workload.name}|${gateway.name}`, await subgraphRequestsPerRequest(gateway.url, workload, hub.subgraphUrls));
      }
    }
    console.log("every gateway gives the same error-free answer to every workload");

    // Warm-up, unmeasured: JIT, query-plan caches, indexes built on first use.
    for (const workload of work) {
      for (const gateway of gateways) {
        await load(gateway.url, workload, WARMUP_S, gateway.pid);
        await settle(hub.subgraphUrls["un-votes"]);
      }
    }
    const runs = new Map<string, RunFigures[]>();
    const ROUNDS = ROUNDS_SETTING ?? gateways.length;
    for (let round = 0; round < ROUNDS; round++) {
      for (const workload of work) {
        // Each gateway takes its turn at every position over the rounds: A B C D, B C D A, …
        const order = gateways.map((_, i) => gateways[(i + round) % gateways.length]);
        for (const gateway of order) {
          progress(`round ${round + 1}/${ROUNDS}: ${workload.name} through ${gateway.name}`);
          const figures = await load(gateway.url, workload, workload.seconds ?? DURATION_S, gateway.pid);
          await settle(hub.subgraphUrls["un-votes"]);
          const key = `${workload.name}|${gateway.name}`;
          runs.set(key, [...(runs.get(key) ?? []), figures]);
        }
      }
    }
    progress("");
    const largeList = work.find((workload) => workload.name.startsWith("large list"));
    const floor = largeList ? await load(hub.subgraphUrls["un-votes"], largeList, largeList.seconds ?? DURATION_S, unVotesPid) : null;

    console.log(
      `\n${ROUNDS} rounds of ${DURATION_S} s per gateway and workload (the large list ${2 * DURATION_S} s) after a ${WARMUP_S} s warm-up, 10 connections, NODE_ENV=production; medians of the rounds\n`,
    );
    printTable({ workloads: work, gateways: gateways.map((g) => g.name), runs, subgraphCalls, floor, sizes });
  } finally {
    for (const gateway of gateways) gateway.child.kill("SIGTERM");
    launcher?.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    fs.rmSync(hubData, { recursive: true, force: true });
  }
}

await main();
