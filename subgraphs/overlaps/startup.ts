/**
 * On start: import the COW registry when the store has none, serving while it imports: from
 * HUB_COW_IGO_SOURCE, or the bundled snapshot when that is not set (with "none", one line on how
 * to import instead); read the hub through the gateway on an interval, and again as soon as the
 * launcher says where the gateway really listens.
 */
import { startupSource } from "../shared/bundled-data.js";
import { formatReports } from "../shared/import/report.js";
import { importCowIgo } from "./import/cow-import.js";
import type { OverlapsServices } from "./services.js";
import { refreshOnSchedule } from "../shared/refresh/schedule.js";
import { overlapsRefreshers } from "./refreshers.js";
import { importStructuresOnStart } from "./structures-startup.js";

export const HOW_TO_IMPORT_REGISTRY =
  "overlaps: no Correlates of War IGO registry imported yet; run `npm run import -- cow-igo <folder|base URL>`, or set HUB_COW_IGO_SOURCE and restart";

export async function overlapsOnStart({ store, engine, settings, hubGateway }: OverlapsServices, log = console): Promise<void> {
  // The launcher's word on where the gateway listens: read the hub there now rather than at the first question.
  hubGateway.onAddressChange(() => void engine.snapshot.refresh());
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
