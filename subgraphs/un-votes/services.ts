/**
 * The un-votes subgraph's long-lived services, built once per open store when the subgraph starts
 * (the process, or a test): the vote index every request reads, the alerts (with the client that
 * reads a body's members through the gateway) and the settings they were built with.
 */
import type { Env } from "../platform/config.js";
import { HubGatewayClient } from "../platform/hub-gateway.js";
import { AlertService } from "./alerts/alert-service.js";
import { readAlertSettings } from "./alerts/settings.js";
import { VoteIndexHolder } from "./analytics/vote-index.js";
import type { UnVotesStore } from "./store.js";

export type UnVotesServices = {
  store: UnVotesStore;
  votes: VoteIndexHolder;
  alerts: AlertService;
  hubGateway: HubGatewayClient;
  close: () => Promise<void>;
};

export function createUnVotesServices(store: UnVotesStore, env: Env = process.env): UnVotesServices {
  const settings = readAlertSettings(env);
  const hubGateway = new HubGatewayClient(settings.gatewayUrl, settings.timeoutMs);
  const alerts = new AlertService(store, settings, hubGateway);
  // An import in this process scanned its new roll calls into the outbox: deliver them now.
  store.onImportFinished(() => alerts.deliverer.wake());
  return {
    store,
    votes: new VoteIndexHolder(store),
    alerts,
    hubGateway,
    async close() {
      await alerts.deliverer.close();
      await hubGateway.close();
    },
  };
}
