/**
 * On start: say loudly when claims are trusted unverified, and on a store with no ratings yet,
 * import Freedom House and V-Dem from the sources the operator named (HUB_FREEDOMHOUSE_SOURCE,
 * HUB_VDEM_SOURCE), serving while it imports; otherwise say in one line how to import.
 */
import { formatReports } from "../shared/import/report.js";
import { DEVELOPMENT_MODE_WARNING, type AuthMode } from "../shared/auth.js";
import { importFreedomHouse, importVdem } from "./import/ratings-import.js";
import type { AllianceStore } from "./store.js";

export const HOW_TO_IMPORT_RATINGS =
  "alliance: no Freedom House or V-Dem ratings imported yet, so eligibility is unknown; run `npm run import -- freedomhouse <folder|file|URL>` and `npm run import -- vdem <folder|file|URL>`, or set HUB_FREEDOMHOUSE_SOURCE and HUB_VDEM_SOURCE and restart";

export async function allianceOnStart(store: AllianceStore, authMode: AuthMode, env: NodeJS.ProcessEnv = process.env, log = console): Promise<void> {
  if (authMode === "development") log.warn(`alliance: ${DEVELOPMENT_MODE_WARNING}`);
  const counts = store.records.ratingCounts();
  const jobs: [string, string | undefined, (source: string) => Promise<unknown>][] = [
    ["Freedom House", counts.freedom === 0 ? env.HUB_FREEDOMHOUSE_SOURCE?.trim() : "", (source) => importFreedomHouse(store.db, source)],
    ["V-Dem", counts.regimes === 0 ? env.HUB_VDEM_SOURCE?.trim() : "", (source) => importVdem(store.db, source)],
  ];
  if (jobs.some(([, source]) => source === undefined)) log.log(HOW_TO_IMPORT_RATINGS);
  for (const [name, source, run] of jobs) {
    if (!source) continue;
    log.log(`alliance: importing ${name} ratings from ${source} while serving`);
    try {
      const report = await run(source);
      log.log(`alliance: ${name} import finished\n${formatReports([report as never])}`);
    } catch (error) {
      log.error(`alliance: ${name} import from ${source} failed: ${(error as Error).message}`);
    }
  }
}
