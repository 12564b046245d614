/** The gateway benchmark's printed table: medians per gateway and workload, and the hub's ratios. */
import type { RunFigures, Workload } from "./load.js";

export type BenchResults = {
  workloads: Workload[];
  /** The hub first; every other gateway is a peer it is compared with. */
  gateways: string[];
  runs: Map<string, RunFigures[]>;
  subgraphCalls: Map<string, number>;
  /** The large list straight from its subgraph; null when the run left the large list out. */
  floor: RunFigures | null;
  sizes: Map<string, number>;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function medians(runs: RunFigures[]): RunFigures {
  const of = (pick: (r: RunFigures) => number) => median(runs.map(pick));
  return {
    rps: of((r) => r.rps),
    p50: of((r) => r.p50),
    p99: of((r) => r.p99),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    cpuMsPerRequest: of((r) => r.cpuMsPerRequest),
    cpuPercent: of((r) => r.cpuPercent),
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
  };
}

const COLUMNS: [string, number][] = [
  ["gateway", 22],
  ["req/s", 7],
  ["p50 ms", 7],
  ["p99 ms", 7],
  ["errors", 6],
  ["CPU ms/req", 10],
  ["CPU %", 6],
  ["RSS MiB", 7],
  ["subgraph req/req", 16],
  ["hub vs this", 11],
];

function line(cells: string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(COLUMNS[i][1]) : cell.padStart(COLUMNS[i][1]))).join("  ");
}

function figuresCells(r: RunFigures): string[] {
  return [
    r.rps.toFixed(0),
    String(r.p50),
    String(r.p99),
    String(r.errors),
    r.cpuMsPerRequest.toFixed(2),
    r.cpuPercent.toFixed(0),
    (r.peakRssBytes / 1024 / 1024).toFixed(0),
  ];
}

export function printTable(results: BenchResults): void {
  const [hub] = results.gateways;
  for (const workload of results.workloads) {
    console.log(`${workload.name} (answer ${(results.sizes.get(workload.name)! / 1024).toFixed(0)} KiB)`);
    console.log(line(COLUMNS.map(([title]) => title)));
    const hubFigures = medians(results.runs.get(`${workload.name}|${hub}`)!);
    for (const gateway of results.gateways) {
      const figures = medians(results.runs.get(`${workload.name}|${gateway}`)!);
      const calls = results.subgraphCalls.get(`${workload.name}|${gateway}`)!;
      const ratio = gateway === hub ? "" : `${(hubFigures.rps / figures.rps).toFixed(2)}x`;
      console.log(line([gateway, ...figuresCells(figures), calls.toFixed(1), ratio]));
    }
    console.log();
  }
  if (!results.floor) return;
  console.log(`floor: the large list straight from the un-votes subgraph (its own process's CPU and RSS)`);
  console.log(line(["un-votes subgraph", ...figuresCells(results.floor), "", ""]));
}
