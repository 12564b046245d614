/**
 * On start: import the COW registry from HUB_COW_IGO_SOURCE when the store has none (serving
 * while it imports; otherwise one line on how to import), read the hub through the gateway on
 * an interval, and take the gateway's real address from the launcher when it sends it.
 */
import { formatReports } from "../shared/import/report.js";
import type { OverlapsEngine } from "./analysis/engine.js";
import { importCowIgo } from "./import/cow-import.js";
import type { OverlapsSettings } from "./settings.js";
import type { OverlapsStore } from "./store.js";

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
  const empty = store.igos().length === 0;
  const source = process.env.HUB_COW_IGO_SOURCE?.trim();
  if (!empty) return;
  if (!source) {
    log.log(HOW_TO_IMPORT_REGISTRY);
    return;
  }
  log.log(`overlaps: importing the COW IGO registry from ${source} while serving`);
  try {
    log.log(`overlaps: registry import finished\n${formatReports([await importCowIgo(store, source)])}`);
  } catch (error) {
    log.error(`overlaps: registry import from ${source} failed: ${(error as Error).message}`);
  }
}
