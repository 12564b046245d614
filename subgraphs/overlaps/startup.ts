/**
 * On start: import the COW registry when the store has none, serving while it imports: from
 * HUB_COW_IGO_SOURCE, or the bundled snapshot when that is not set (with "none", one line on how
 * to import instead); read the hub through the gateway on
 * an interval, and take the gateway's real address from the launcher when it sends it.
 */
import { startupSource } from "../shared/bundled-data.js";
import { formatReports } from "../shared/import/report.js";
import type { OverlapsEngine } from "./analytics/engine.js";
import { importCowIgo } from "./import/cow-import.js";
import type { OverlapsSettings } from "./settings.js";
import type { OverlapsStore } from "./store.js";
import { refreshOnSchedule } from "../shared/refresh/schedule.js";
import { overlapsRefreshers } from "./refreshers.js";
import { importStructuresOnStart } from "./structures-startup.js";

export const HOW_TO_IMPORT_REGISTRY =
  "overlaps: no Correlates of War IGO registry imported yet; run `npm run import -- cow-igo <folder|base URL>`, or set HUB_COW_IGO_SOURCE and restart";

export type GatewayMessage = { type: "gateway"; url: string };

export async function overlapsOnStart(store: OverlapsStore, engine: OverlapsEngine, settings: OverlapsSettings, log = console): Promise<void> {
  process.on("message", (message: GatewayMessage) => {
    if (message?.type !== "gateway") return;
    engine.snapshot.setGatewayUrl(message.url);
    void engine.snapshot.refresh();
  });
  engine.snapshot.startInterval(settings.refreshSeconds);
  refreshOnSchedule("overlaps", overlapsRefreshers(store), process.env, log);
  await importStructuresOnStart(store, process.env, log);
  const empty = store.igos().length === 0;
  if (!empty) return;
  const startup = startupSource(process.env, "HUB_COW_IGO_SOURCE", "overlaps");
  if (!startup) {
    log.log(HOW_TO_IMPORT_REGISTRY);
    return;
  }
  const source = startup.location;
  log.log(`overlaps: importing the COW IGO registry from ${startup.bundled ? "the bundled snapshot" : source} while serving`);
  try {
    log.log(`overlaps: registry import finished\n${formatReports([await store.whileImporting("cow-igo", () => importCowIgo(store, source))])}`);
  } catch (error) {
    log.error(`overlaps: registry import from ${source} failed: ${(error as Error).message}`);
  }
}
