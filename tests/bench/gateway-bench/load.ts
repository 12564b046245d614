/** Driving one gateway with one workload: correctness check, timed load, subgraph call count. */
import autocannon from "autocannon";
import { metricValue } from "../../../subgraphs/platform/metrics.js";
import { cpuSeconds, sampleRss } from "./process-stats.js";

/** `seconds`: a longer run for a slow workload, so that its p99 rests on a few hundred requests. */
export type Workload = { name: string; query: string; seconds?: number };

export type RunFigures = {
  rps: number;
  p50: number;
  p99: number;
  /** Socket errors, non-2xx answers, and 200 answers that carry GraphQL errors. */
  errors: number;
  /** Gateway CPU per answered request, and as a share of one core over the run. */
  cpuMsPerRequest: number;
  cpuPercent: number;
  peakRssBytes: number;
};

const CONNECTIONS = 10;

async function post(url: string, query: string, authorization: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization }, body: JSON.stringify({ query }) });
  return { status: response.status, text: await response.text() };
}

/** The workload's answer from this gateway, refused unless it is HTTP 200 without errors. */
export async function answer(url: string, workload: Workload): Promise<unknown> {
  const { status, text } = await post(url, workload.query, "Bearer bench-check");
  const body = JSON.parse(text) as { errors?: unknown[]; data?: unknown };
  if (status !== 200 || body.errors || !body.data) throw new Error(`${workload.name} at ${url}: HTTP ${status} ${text.slice(0, 300)}`);
  return body.data;
}

export async function load(url: string, workload: Workload, durationSeconds: number, gatewayPid: number): Promise<RunFigures> {
  let counter = 0;
  let graphqlErrors = 0;
  const cpuBefore = cpuSeconds(gatewayPid);
  const rss = sampleRss(gatewayPid);
  const started = performance.now();
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: durationSeconds,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: workload.query }),
    requests: [
      {
        // A unique Authorization header per request, forwarded to the subgraphs by every gateway,
        // so none can answer from a shared in-flight result.
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, authorization: `Bearer bench-${++counter}` } }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors":')) graphqlErrors++;
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(gatewayPid) - cpuBefore;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + graphqlErrors,
    cpuMsPerRequest: (cpu * 1000) / Math.max(1, result.requests.total),
    cpuPercent: (cpu / seconds) * 100,
    peakRssBytes: rss.stop(),
  };
}

async function subgraphRequestsSoFar(subgraphUrls: Record<string, string>): Promise<number> {
  let total = 0;
  for (const url of Object.values(subgraphUrls)) {
    const text = await (await fetch(url.replace(/\/graphql$/, "/metrics"))).text();
    total += metricValue(text, "hub_graphql_requests_total") ?? NaN;
  }
  return total;
}

/** Subgraph requests one gateway request causes, counted by the subgraphs over `times` sequential requests. */
export async function subgraphRequestsPerRequest(url: string, workload: Workload, subgraphUrls: Record<string, string>, times = 10): Promise<number> {
  const before = await subgraphRequestsSoFar(subgraphUrls);
  for (let i = 0; i < times; i++) await post(url, workload.query, `Bearer bench-count-${i}`);
  return ((await subgraphRequestsSoFar(subgraphUrls)) - before) / times;
}

/**
 * Waits until the subgraphs are idle again: autocannon stops sending at the end of a run, but a
 * heavy workload leaves requests queued in the subgraphs, which would slow the next run down.
 */
export async function settle(unVotesUrl: string): Promise<void> {
  const probe = JSON.stringify({ query: "{ unVotesStats { rollCalls } }" });
  for (let quick = 0, tries = 0; quick < 2 && tries < 200; tries++) {
    const start = performance.now();
    await (await fetch(unVotesUrl, { method: "POST", headers: { "content-type": "application/json" }, body: probe })).text();
    quick = performance.now() - start < 20 ? quick + 1 : 0;
    if (quick < 2) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
