/**
 * Hive Gateway with its demand control on, as tests/gateway/hive-demand-control.test.ts runs it on
 * the hub's supergraph: the same limit as the hub's (HUB_MAX_COST's default), the cost shown in
 * each answer's extensions, and the hub's default size for a list that declares none.
 */
import { defineConfig } from "@graphql-hive/gateway";

export const gatewayConfig = defineConfig({
  demandControl: { maxCost: 200_000, listSize: 10, includeExtensionMetadata: true },
  disableWebsockets: true,
  logging: "warn",
});
