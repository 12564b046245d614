/**
 * When the un-votes subgraph listens: import on first start (startup-import.ts), start sending
 * alerts, take the gateway's real address from the launcher (a body's members are read there), and
 * refresh from upstream on HUB_REFRESH_INTERVAL when it is set.
 */
import { alertsFor } from "./alerts/alert-service.js";
import { refreshOnSchedule } from "../shared/refresh/schedule.js";
import { unVotesRefreshers } from "./refreshers.js";
import { importOnFirstStart } from "./startup-import.js";
import type { UnVotesStore } from "./store.js";

type GatewayMessage = { type: "gateway"; url: string };

export async function unVotesOnStart(store: UnVotesStore): Promise<void> {
  const alerts = alertsFor(store);
  process.on("message", (message: GatewayMessage) => {
    if (message?.type === "gateway") alerts.setGatewayUrl(message.url);
  });
  alerts.deliverer.start();
  await importOnFirstStart(store);
  refreshOnSchedule("un-votes", unVotesRefreshers(store));
}
