/**
 * A service's few counters in the Prometheus text format, served at GET /metrics by every hub
 * process. Enough for an operator's scraper and for the gateway benchmark, which reads how many
 * subgraph requests one gateway request caused.
 */
export class ServiceMetrics {
  /** GraphQL requests received, whatever their outcome (refused ones included). */
  graphqlRequests = 0;

  constructor(private readonly service: string) {}

  render(): string {
    const cpu = process.cpuUsage();
    const label = `service="${this.service}"`;
    return [
      "# HELP hub_graphql_requests_total GraphQL requests received by this service.",
      "# TYPE hub_graphql_requests_total counter",
      `hub_graphql_requests_total{${label}} ${this.graphqlRequests}`,
      "# HELP process_cpu_seconds_total User and system CPU time spent by this process.",
      "# TYPE process_cpu_seconds_total counter",
      `process_cpu_seconds_total{${label}} ${(cpu.user + cpu.system) / 1e6}`,
      "# HELP process_resident_memory_bytes Resident memory of this process.",
      "# TYPE process_resident_memory_bytes gauge",
      `process_resident_memory_bytes{${label}} ${process.memoryUsage.rss()}`,
      "",
    ].join("\n");
  }
}

/** Reads one sample's value back from the text above (tests and the benchmark use it). */
export function metricValue(text: string, name: string): number | null {
  const line = text.split("\n").find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : null;
}
