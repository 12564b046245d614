import type { GatewayConfig } from "./config.js";

/**
 * @apollo/gateway starts an anonymous telemetry exporter when it is constructed unless this
 * variable is set: it probes cloud metadata addresses and sends metrics to Apollo. The hub never
 * phones home unless its operator asked for it (HUB_APOLLO_TELEMETRY=true).
 * Must run before `new ApolloGateway(...)`.
 */
export function applyVendorTelemetryPolicy(config: Pick<GatewayConfig, "apolloTelemetry">, env: NodeJS.ProcessEnv = process.env): void {
  if (config.apolloTelemetry) delete env.APOLLO_TELEMETRY_DISABLED;
  else env.APOLLO_TELEMETRY_DISABLED = "true";
}
