/**
 * The un-votes benchmark: the full import, the group analytics inside the subgraph, and the same
 * questions through the gateway of a running hub (separate processes, as `npm start` runs them).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { Pool } from "undici";
import { projectRoot } from "../../gateway/config.js";
import { DirectFetchPlanner } from "../../gateway/direct-fetch/planner.js";
import { GroupAnalysis } from "../../subgraphs/un-votes/analytics/group-analysis.js";
import { VoteIndex } from "../../subgraphs/un-votes/analytics/vote-index.js";
import { importUnResolutionsInto, importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { SUBGRAPHS } from "../../subgraphs/registry.js";
import { mib, ms, peakRss, percentile, row, timeRuns } from "./measure.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function benchUnVotes(record: { voeten: string; resolutions: string }): Promise<void> {
  const hubData = fs.mkdtempSync(path.join(os.tmpdir(), "hub-bench-"));
  try {
    const { group100, session74 } = await inSubgraph(record, hubData);
    await throughGateway(hubData, group100, session74);
  } finally {
    fs.rmSync(hubData, { recursive: true, force: true });
  }
}

async function inSubgraph(record: { voeten: string; resolutions: string }, hubData: string) {
  console.log("\nun-votes: import of the whole General Assembly record (the Voeten record and the UN's resolution files: 983,015 votes) into a new store");
  const store = openUnVotesStore(path.join(hubData, "un-votes.sqlite"));
  const rssBefore = process.memoryUsage().rss;
  const sampler = peakRss();
  const start = performance.now();
  const reports = [
    ...(await importUnVotes(store, record.voeten, { progress: null })),
    ...(await importUnResolutionsInto(store, record.resolutions, { progress: null })),
  ];
  const seconds = (performance.now() - start) / 1000;
  const peak = sampler.stop();
  const rows = reports.reduce((sum, report) => sum + report.read, 0);
  console.log(row("import time (target < 60 s)", `${seconds.toFixed(1)} s`, seconds < 60 ? "ok" : "MISSED"));
  console.log(row("rows per second", Math.round(rows / seconds).toLocaleString("en")));
  console.log(row("peak RSS during import (before: " + mib(rssBefore) + ")", mib(peak)));
  console.log(row("store file size", mib(fs.statSync(path.join(hubData, "un-votes.sqlite")).size)));

  console.log("\nun-votes: analytics inside the subgraph (in-memory vote index)");
  const buildStart = performance.now();
  const index = VoteIndex.build(store);
  console.log(row("index build from the store (once per data change)", ms(performance.now() - buildStart)));
  console.log(row("index size (roll calls × countries, 1 byte each)", `${(index.votes.byteLength / 1e6).toFixed(2)} MB`));

  // The 100 countries with the most votes: a large, realistic caucus.
  const voteCounts = index.countryCodes.map((code, column) => {
    let count = 0;
    for (let r = 0; r < index.rollCalls.length; r++) if (index.vote(r, column) !== 0) count++;
    return { code, count };
  });
  const group100 = voteCounts
    .sort((a, b) => b.count - a.count)
    .slice(0, 100)
    .map((c) => c.code)
    .sort();
  const allRows = index.rows();
  const cohesion = await timeRuns(50, 5, () => new GroupAnalysis(index, group100, allRows).cohesion());
  const p50 = percentile(cohesion, 50);
  console.log(row(`cohesion, 100 members × ${allRows.length} roll calls, p50 (target < 100 ms)`, ms(p50), p50 < 100 ? "ok" : "MISSED"));

  const rows74 = index.rows({ session: 74 });
  const session74 = index.countryCodes.filter((code) => rows74.some((r) => index.vote(r, index.columnOf.get(code)!) !== 0));
  const matrix = await timeRuns(20, 3, () => new GroupAnalysis(index, session74, rows74).agreementMatrix());
  const m50 = percentile(matrix, 50);
  console.log(
    row(
      `agreement matrix ${session74.length} × ${session74.length}, session 74 (${rows74.length} roll calls), p50 (target < 100 ms)`,
      ms(m50),
      m50 < 100 ? "ok" : "MISSED",
    ),
  );
  store.close();
  return { group100, session74 };
}

async function throughGateway(hubData: string, group100: string[], session74: string[]): Promise<void> {
  // One client sending requests back to back: the hub's per-client rate limit is off here.
  // The other stores stay empty: no bundled snapshot is imported beside the measurements.
  const env = {
    ...process.env,
    HUB_DATA_DIR: hubData,
    HUB_GATEWAY_PORT: "0",
    HUB_GATEWAY_OPS_PORT: "0",
    HUB_RATE_LIMIT_PER_SECOND: "0",
    HUB_FREEDOMHOUSE_SOURCE: "none",
    HUB_VDEM_SOURCE: "none",
    HUB_COW_IGO_SOURCE: "none",
    ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_PORT`, "0"])),
  };
  const hub = spawn(process.execPath, [path.join(ROOT, "dist", "gateway", "launcher", "launch.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  hub.stdout.on("data", (chunk) => (output += chunk));
  hub.stderr.on("data", (chunk) => (output += chunk));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /query the graph at (http:\/\/\S+)/.exec(output);
        if (match) {
          clearInterval(timer);
          resolve(match[1]);
        }
        if (hub.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`hub exited: ${output}`));
        }
      }, 100);
    });
    const target = new URL(url);
    const pool = new Pool(target.origin, { connections: 1 });
    const post = async (query: string, variables: Record<string, unknown>) => {
      const response = await pool.request({
        path: target.pathname,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.body.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
      return body;
    };
    await firstWhipSheet(() => output, post, session74);
    console.log("\nun-votes: the same questions through the gateway (hub started as by npm start; 200 sequential requests each)");
    const cohesionQuery = `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes) { cohesion countedRollCallCount } }`;
    const matrixQuery = `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes, session: 74) { agreementMatrix(first: 20000) { nodes { a { code } b { code } agreement rollCallCount } } } }`;
    const bodyQuery = `{ d10 { generalAssemblyVoting(session: 74) { cohesion defections { country { code } defectionCount } } } }`;
    const whipQuery = `query ($codes: [String!]!) { whipSheet(input: { memberCodes: $codes, title: "Situation of human rights in the Islamic Republic of Iran", issues: [HUMAN_RIGHTS] }) { expectedPosition precedents { rollCall { id } score } members { country { code } predictedPosition confidence } } }`;
    for (const [label, query, variables, targetMs] of [
      ["cohesion, 100 members, all roll calls", cohesionQuery, { codes: group100 }, null],
      [
        `agreement matrix ${session74.length} × ${session74.length}, session 74 (${((session74.length * (session74.length - 1)) / 2).toLocaleString("en")} pairs)`,
        matrixQuery,
        { codes: session74 },
        null,
      ],
      ["D-10 cohesion and defections, session 74 (members from the d10 subgraph)", bodyQuery, {}, null],
      [`whip sheet for ${session74.length} members (target p99 < 50 ms)`, whipQuery, { codes: session74 }, 50],
    ] as const) {
      const times = await timeRuns(200, 10, () => post(query, variables));
      const p99 = percentile(times, 99);
      console.log(row(`${label}: p50 / p99`, `${ms(percentile(times, 50))} / ${ms(p99)}`, targetMs === null ? "" : p99 < targetMs ? "ok" : "MISSED"));
    }
    await representationsDeduplicated(output, session74, post);
    await directPathAnswerCheck(output);
    await pool.close();
  } finally {
    hub.kill("SIGTERM");
    await new Promise((resolve) => hub.once("exit", resolve));
  }
}

/**
 * The first whip sheet after a start: the subgraph warms the sheets' analyses in the background
 * once it listens (warm-up.ts), and says how long that took: what the first request paid before.
 * Waited for, so that no other figure here is measured beside it. Then, in the same run, a sheet
 * with a cut-off not asked before, whose calibration is still computed on the request.
 */
async function firstWhipSheet(output: () => string, post: (query: string, variables: Record<string, unknown>) => Promise<unknown>, codes: string[]) {
  console.log("\nun-votes: the first whip sheet after the hub starts (193 members, through the gateway)");
  const warmed = await new Promise<number>((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const match = /un-votes: whip sheets warmed in (\d+) ms/.exec(output());
      if (match || Date.now() - started > 300_000) {
        clearInterval(timer);
        if (match) resolve(Number(match[1]));
        else reject(new Error(`the un-votes subgraph did not report its warm-up within 300 s: ${output().slice(-2000)}`));
      }
    }, 100);
  });
  const sheet = (cutOff: string | null) =>
    `query ($codes: [String!]!) { whipSheet(input: { memberCodes: $codes, title: "Situation of human rights in the Islamic Republic of Iran", issues: [HUMAN_RIGHTS]${cutOff ? `, to: "${cutOff}"` : ""} }) { expectedPosition members { country { code } confidence } } }`;
  const time = async (query: string) => {
    const start = performance.now();
    await post(query, { codes });
    return performance.now() - start;
  };
  console.log(row("warm-up in the background after the start (about what the first request paid before)", ms(warmed)));
  console.log(row("first whip sheet, asked after the warm-up", ms(await time(sheet(null)))));
  console.log(row("a sheet with a cut-off not asked before (calibration computed on the request)", ms(await time(sheet("2019-06-30")))));
}

/**
 * What deduplicating entity representations buys: the agreement matrix with each country's
 * alliance status names every country once per pair it is in. Plain Apollo Gateway would send the
 * alliance subgraph one representation per occurrence; this gateway sends each country once.
 */
async function representationsDeduplicated(
  hubOutput: string,
  session74: string[],
  post: (query: string, variables: Record<string, unknown>) => Promise<unknown>,
): Promise<void> {
  const allianceUrl = /hub: subgraph alliance\s+(http:\/\/\S+)/.exec(hubOutput)![1];
  const pairs = (session74.length * (session74.length - 1)) / 2;
  console.log(
    `\ngateway: entity representations deduplicated (agreement matrix ${session74.length} × ${session74.length} with each country's alliance status)`,
  );
  const statusMatrix = `query ($codes: [String!]!) { generalAssemblyVoting(memberCodes: $codes, session: 74) { agreementMatrix(first: 20000) { nodes { a { code aodMembership { status } } b { code aodMembership { status } } } } } }`;
  const through = await timeRuns(10, 2, () => post(statusMatrix, { codes: session74 }));
  console.log(row(`through the gateway, ${pairs.toLocaleString("en")} pairs: p50`, ms(percentile(through, 50))));

  // The `a` side of the matrix, as the alliance subgraph would receive it with and without deduplication.
  const occurrences = session74.flatMap((code, i) => Array.from({ length: session74.length - 1 - i }, () => ({ __typename: "Country", code })));
  const distinct = [...new Map(occurrences.map((r) => [r.code, r])).values()];
  const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Country { aodMembership { status } } } }`;
  const call = async (representations: unknown[]) => {
    const response = await fetch(allianceUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: entities, variables: { representations } }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`_entities failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  };
  const all = percentile(await timeRuns(10, 2, () => call(occurrences)), 50);
  const once = percentile(await timeRuns(10, 2, () => call(distinct)), 50);
  console.log(row(`alliance subgraph, one side's ${occurrences.length.toLocaleString("en")} representations as sent by plain Apollo Gateway: p50`, ms(all)));
  console.log(row(`alliance subgraph, the ${distinct.length} distinct ones this gateway sends: p50`, `${ms(once)} (${(all / once).toFixed(0)}× less)`));
}

/**
 * What the direct path's answer check costs (gateway/direct-fetch/answer-check.ts): one pass over
 * the largest answer a whip asks for, beside parsing that answer, which every gateway must do.
 */
async function directPathAnswerCheck(hubOutput: string): Promise<void> {
  const unVotesUrl = /hub: subgraph un-votes\s+(http:\/\/\S+)/.exec(hubOutput)![1];
  const listing = `{ rollCalls(filter: { session: 74 }, first: 100) { edges { node { id votes(first: 200) { edges { node { position country { code } } } } } } } }`;
  const planner = new DirectFetchPlanner(fs.readFileSync(path.join(projectRoot(), "schema", "supergraph.graphql"), "utf8"));
  const direct = planner.directFetchFor("bench", parse(listing), undefined);
  if (!direct) throw new Error("the session listing no longer takes the direct path");
  const response = await fetch(unVotesUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: direct.operation }),
  });
  const text = await response.text();
  const data = (JSON.parse(text) as { data: unknown }).data;
  if (!direct.answerConforms(data, {})) throw new Error("the session listing's answer fails the direct path's check");
  console.log(`\ngateway: the direct path's answer check (${(text.length / 1024).toFixed(0)} KiB session listing, 18,000 votes)`);
  console.log(row("one pass of the check: p50", ms(percentile(await timeRuns(50, 5, () => direct.answerConforms(data, {})), 50))));
  console.log(row("JSON.parse of the same answer, for scale: p50", ms(percentile(await timeRuns(50, 5, () => JSON.parse(text)), 50))));
}
