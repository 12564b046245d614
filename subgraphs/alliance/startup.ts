/**
 * On start: say loudly when claims are trusted unverified, and on a store with no ratings yet,
 * import Freedom House and V-Dem, serving while it imports: from the sources the operator named
 * (HUB_FREEDOMHOUSE_SOURCE, HUB_VDEM_SOURCE), or the bundled snapshot when one is not set; for a
 * source set to "none", say in one line how to import instead.
 */
import { startupSource } from "../shared/bundled-data.js";
import { formatReports } from "../shared/import/report.js";
import { DEVELOPMENT_MODE_WARNING, type AuthMode } from "../shared/auth.js";
import { importFreedomHouse, importVdem } from "./import/ratings-import.js";
import { refreshOnSchedule } from "../shared/refresh/schedule.js";
import { allianceRefreshers } from "./refreshers.js";
import type { AllianceStore } from "./store.js";

export const HOW_TO_IMPORT_RATINGS =
  "alliance: no Freedom House or V-Dem ratings imported yet, so eligibility is unknown; run `npm run import -- freedomhouse <folder|file|URL>` and `npm run import -- vdem <folder|file|URL>`, or set HUB_FREEDOMHOUSE_SOURCE and HUB_VDEM_SOURCE and restart";

export async function allianceOnStart(store: AllianceStore, authMode: AuthMode, env: NodeJS.ProcessEnv = process.env, log = console): Promise<void> {
  if (authMode === "development") log.warn(`alliance: ${DEVELOPMENT_MODE_WARNING}`);
  const counts = store.records.ratingCounts();
  // Only a data set the store lacks is imported: from its setting, the bundled snapshot when unset, nothing for "none".
  const jobs = [
    {
      name: "Freedom House",
      startup: counts.freedom === 0 ? startupSource(env, "HUB_FREEDOMHOUSE_SOURCE", "alliance") : undefined,
      run: (source: string) => store.whileImporting("freedomhouse", () => importFreedomHouse(store.db, source)),
    },
    {
      name: "V-Dem",
      startup: counts.regimes === 0 ? startupSource(env, "HUB_VDEM_SOURCE", "alliance") : undefined,
      run: (source: string) => store.whileImporting("vdem", () => importVdem(store.db, source)),
    },
  ];
  if (jobs.some((job) => job.startup === null)) log.log(HOW_TO_IMPORT_RATINGS);
  for (const { name, startup, run } of jobs) {
    if (!startup) continue;
    const source = startup.location;
    log.log(`alliance: importing ${name} ratings from ${startup.bundled ? "the bundled snapshot" : source} while serving`);
    try {
      const report = await run(source);
      log.log(`alliance: ${name} import finished\n${formatReports([report as never])}`);
    } catch (error) {
      log.error(`alliance: ${name} import from ${source} failed: ${(error as Error).message}`);
    }
  }
  refreshOnSchedule("alliance", allianceRefreshers(store), env, log);
}
