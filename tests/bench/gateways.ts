/**
 * `npm run bench:gateway`: this hub's gateway against plain @apollo/gateway (default settings),
 * on the same supergraph and the same running subgraphs with the real data, for the workloads of
 * the hub's users. Gateways are interleaved round by round and medians reported, with the ratio
 * of this hub to the baseline taken within the same run; a direct subgraph query is the floor.
 * Hive Gateway is not in this run yet (see the README's performance section).
 */
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { Role } from "../../subgraphs/alliance/auth.js";
import { AllianceCommands } from "../../subgraphs/alliance/commands.js";
import { EligibilityPolicy } from "../../subgraphs/alliance/eligibility.js";
import { importFreedomHouse, importVdem } from "../../subgraphs/alliance/import/ratings-import.js";
import { openAllianceStore } from "../../subgraphs/alliance/store.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import { openOverlapsStore } from "../../subgraphs/overlaps/store.js";
import { SUBGRAPHS } from "../../subgraphs/registry.js";
import { allCountries } from "../../subgraphs/shared/countries/reference.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { UN_MEMBERSHIP_SEED } from "../../subgraphs/un-votes/seed.js";
import { readmeExample } from "../readme.js";
import { sharedDataDir } from "../shared-data.js";
import { machine } from "./measure.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 10;

async function prepareData(dataDir: string, hubData: string): Promise<void> {
  const unVotes = openUnVotesStore(path.join(hubData, "un-votes.sqlite"));
  await importUnVotes(unVotes, path.join(dataDir, "unvotes"), { progress: null });
  unVotes.close();
  const alliance = openAllianceStore(path.join(hubData, "alliance.sqlite"));
  await importFreedomHouse(alliance.db, path.join(dataDir, "freedomhouse"), { progress: null });
  await importVdem(alliance.db, path.join(dataDir, "vdem"), { progress: null });
  // DEMONSTRATION members, as `npm run example:admit-eligible` admits them: the caucus needs some.
  const commands = new AllianceCommands(alliance, EligibilityPolicy.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE);
  const actor = { id: "benchmark", roles: [Role.SECRETARIAT], country: null, participant: null };
  const un = new Set(UN_MEMBERSHIP_SEED.members.map((m) => m.code));
  for (const country of allCountries().filter((c) => un.has(c.code))) {
    if (commands.assessment(country.code, EligibilityPolicy.FREEDOM_HOUSE_FREE_OR_PARTLY_FREE).eligible !== true) continue;
    commands.decide(actor, { action: "apply", country: country.code, grounds: "DEMONSTRATION (benchmark)" });
    commands.decide(actor, { action: "admit", country: country.code, grounds: "DEMONSTRATION (benchmark)" });
  }
  alliance.close();
  const overlaps = openOverlapsStore(path.join(hubData, "overlaps.sqlite"));
  await importCowIgo(overlaps, path.join(dataDir, "cow_igo"), { progress: null });
  overlaps.close();
}

function start(command: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray; output: () => string }> {
  const child = spawn(process.execPath, command, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = ready.exec(output);
      if (match) {
        clearInterval(timer);
        resolve({ child, match, output: () => output });
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`${command.join(" ")} exited:\n${output}`));
      }
    }, 100);
  });
}

type Workload = { name: string; query: string };

async function check(url: string, workload: Workload): Promise<number> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: workload.query }) });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: unknown[] };
  if (response.status !== 200 || body.errors) throw new Error(`${workload.name} at ${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return text.length;
}

async function load(url: string, workload: Workload, duration = DURATION_S): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  let counter = 0;
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: workload.query }),
    // A unique Authorization header per request, so no gateway can answer from a shared in-flight result.
    requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, authorization: `Bearer bench-${++counter}` } }) }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/**
 * Waits until the subgraphs are idle again: autocannon stops sending at the end of a run, but a
 * heavy workload leaves requests queued in the subgraphs, which would slow the next run down.
 */
async function settle(subgraphUrls: Record<string, string>): Promise<void> {
  const probe = JSON.stringify({ query: "{ unVotesStats { rollCalls } }" });
  for (let quick = 0, tries = 0; quick < 2 && tries < 200; tries++) {
    const start = performance.now();
    await (await fetch(subgraphUrls["un-votes"], { method: "POST", headers: { "content-type": "application/json" }, body: probe })).text();
    quick = performance.now() - start < 20 ? quick + 1 : 0;
    if (quick < 2) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  console.log(`democracy-hub gateway benchmark on ${machine()}`);
  const data = sharedDataDir();
  if (!data) {
    console.log("skipped: needs the real reference data (../shared/data or $HUB_SHARED_DATA)");
    return;
  }
  const hubData = fs.mkdtempSync(path.join(os.tmpdir(), "hub-gateway-bench-"));
  const children: ChildProcess[] = [];
  try {
    await prepareData(data, hubData);
    const ports = Object.fromEntries([["HUB_GATEWAY_PORT", "0"], ...SUBGRAPHS.map((s) => [`${s.envPrefix}_PORT`, "0"])]);
    const hub = await start([path.join(ROOT, "dist", "gateway", "launch.js")], { ...ports, HUB_DATA_DIR: hubData }, /query the graph at (http:\/\/\S+)/);
    children.push(hub.child);
    const subgraphUrls = Object.fromEntries([...hub.output().matchAll(/hub: subgraph (\S+)\s+(http:\/\/\S+)/g)].map((m) => [m[1], m[2]]));
    const plain = await start(["--import", "tsx", path.join(ROOT, "tests", "bench", "plain-apollo-gateway.ts"), path.join(ROOT, "schema", "supergraph.graphql"), "0"], { BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphUrls) }, /ready (http:\/\/\S+)/);
    children.push(plain.child);
    const gateways = { "democracy-hub": hub.match[1], "@apollo/gateway": plain.match[1] };

    const workloads: Workload[] = [
      { name: "whip dashboard", query: `{ unDemocracyCaucus { memberCodes caucusVoting(session: 74) { countedRollCalls cohesion defections { country { code name } count } } } }` },
      { name: "country profiles (4 body subgraphs)", query: (await readmeExample("Example")).query },
      { name: "proposal check", query: (await readmeExample("Before creating anything: overlaps")).query },
      { name: "large list (session 74, all votes)", query: `{ rollCalls(filter: { session: 74 }, first: 100) { edges { node { id votes(first: 200) { edges { node { position country { code } } } } } } } }` },
    ];
    const sizes = new Map<string, number>();
    for (const workload of workloads) for (const url of Object.values(gateways)) sizes.set(workload.name, await check(url, workload));

    // Warm-up, unmeasured: JIT, indexes built on first use, the overlaps subgraph's first read of the hub.
    for (const workload of workloads) {
      for (const url of Object.values(gateways)) {
        await load(url, workload, 2);
        await settle(subgraphUrls);
      }
    }
    const results = new Map<string, { rps: number[]; p50: number[]; p99: number[]; errors: number }>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const workload of workloads) {
        // Interleaved, and in turn first: neither gateway always runs right after the other.
        const order = round % 2 === 0 ? Object.entries(gateways) : Object.entries(gateways).reverse();
        for (const [name, url] of order) {
          const run = await load(url, workload);
          await settle(subgraphUrls);
          const key = `${workload.name}|${name}`;
          const entry = results.get(key) ?? { rps: [], p50: [], p99: [], errors: 0 };
          entry.rps.push(run.rps);
          entry.p50.push(run.p50);
          entry.p99.push(run.p99);
          entry.errors += run.errors;
          results.set(key, entry);
        }
      }
    }
    const floor = await load(subgraphUrls["un-votes"], workloads[3]);

    console.log(`\n${ROUNDS} interleaved rounds of ${DURATION_S} s per gateway and workload after a 2 s warm-up, ${CONNECTIONS} connections; medians\n`);
    console.log(`${"workload".padEnd(38)} ${"gateway".padEnd(16)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)} ${"hub/apollo req/s".padStart(17)}`);
    for (const workload of workloads) {
      const hubRps = median(results.get(`${workload.name}|democracy-hub`)!.rps);
      for (const name of Object.keys(gateways)) {
        const r = results.get(`${workload.name}|${name}`)!;
        const ratio = name === "democracy-hub" ? `${(hubRps / median(results.get(`${workload.name}|@apollo/gateway`)!.rps)).toFixed(2)}x` : "";
        console.log(`${workload.name.padEnd(38)} ${name.padEnd(16)} ${median(r.rps).toFixed(0).padStart(8)} ${String(median(r.p50)).padStart(8)} ${String(median(r.p99)).padStart(8)} ${String(r.errors).padStart(7)} ${ratio.padStart(17)}`);
      }
    }
    console.log(`${"large list, un-votes subgraph directly".padEnd(38)} ${"(floor)".padEnd(16)} ${floor.rps.toFixed(0).padStart(8)} ${String(floor.p50).padStart(8)} ${String(floor.p99).padStart(8)} ${String(floor.errors).padStart(7)}`);
    console.log(`\nresponse sizes: ${workloads.map((w) => `${w.name} ${(sizes.get(w.name)! / 1024).toFixed(0)} KiB`).join(", ")}`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    fs.rmSync(hubData, { recursive: true, force: true });
  }
}

await main();
