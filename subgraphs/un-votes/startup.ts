/**
 * When the un-votes subgraph listens: on a store with no votes yet, import in the background while
 * already serving, from HUB_UNVOTES_SOURCE and HUB_UN_RESOLUTIONS_SOURCE when the operator set them and from the bundled snapshot
 * (data/) otherwise (with HUB_UNVOTES_SOURCE=none, say in one line how to import; the hub downloads
 * nothing unless told to: "upstream" is the explicit way to ask for the public copy); start sending
 * alerts; warm the whip sheets' analyses once the data is in and after every import (warm-up.ts);
 * and refresh from upstream on HUB_REFRESH_INTERVAL when it is set. (The gateway's real
 * address reaches the services' hub client from the process: subgraph-process.ts.)
 */
import { analysisPool } from "./analytics/worker/analysis-pool.js";
import { warmWhipSheets } from "./analytics/worker/warm-up.js";
import { startupSource } from "../shared/bundled-data.js";
import { formatReports } from "../shared/import/report.js";
import { refreshOnSchedule } from "../shared/refresh/schedule.js";
import { importUnResolutionsInto, importUnVotes } from "./import/import-un-votes.js";
import { lastImport } from "../shared/datasets/import-log.js";
import path from "node:path";
import { unVotesRefreshers } from "./refreshers.js";
import type { UnVotesServices } from "./services.js";
import type { UnVotesStore } from "./store.js";

export async function unVotesOnStart({ store, alerts, votes }: UnVotesServices): Promise<void> {
  // The analysis threads' setting is read now, so that a bad value stops the start, not a request.
  const pool = analysisPool();
  alerts.deliverer.start();
  await importOnFirstStart(store);
  void warmWhipSheets(votes, pool);
  // Again after each later import, once it no longer counts as running (the listener hears of it
  // just before), so that the index is built from the new data.
  store.onImportFinished(() => setImmediate(() => void warmWhipSheets(votes, pool)));
  refreshOnSchedule("un-votes", unVotesRefreshers(store));
}

export const HOW_TO_IMPORT =
  "un-votes: no General Assembly votes imported yet; run `npm run import -- unvotes <folder|file|URL|upstream>`, or set HUB_UNVOTES_SOURCE and restart";

export const HOW_TO_IMPORT_RESOLUTIONS =
  "un-votes: the UN's resolution files (sponsors, and the votes from 2023 on) not imported; run `npm run import -- un-resolutions <folder|URL|upstream>`, or set HUB_UN_RESOLUTIONS_SOURCE and restart";

/**
 * The two sources in turn, each only if the store has never imported it: the Voeten record first
 * (so that the UN's votes it also holds are matched to it, not added), then the UN's resolutions.
 * A store made before the UN's files were bundled takes them on its next start.
 */
export async function importOnFirstStart(store: UnVotesStore, env: NodeJS.ProcessEnv = process.env, log = console): Promise<void> {
  if (store.counts().rollCalls === 0) await importVoetenOnFirstStart(store, env, log);
  if (!lastImport(store.db, "un-resolutions")) await importResolutionsOnFirstStart(store, env, log);
}

function importVoetenOnFirstStart(store: UnVotesStore, env: NodeJS.ProcessEnv, log: Console): Promise<void> {
  const startup = startupSource(env, "HUB_UNVOTES_SOURCE", "un-votes");
  if (!startup) {
    log.log(HOW_TO_IMPORT);
    return Promise.resolve();
  }
  const source = startup.location;
  log.log(`un-votes: importing General Assembly votes from ${startup.bundled ? "the bundled snapshot (1946 to September 2023)" : source} while serving`);
  return importUnVotes(store, source, { progress: process.stderr })
    .then((reports) => log.log(`un-votes: import finished\n${formatReports(reports)}`))
    .catch((error: Error) => log.error(`un-votes: import from ${source} failed: ${error.message}. ${HOW_TO_IMPORT.replace("un-votes: ", "")}`));
}

function importResolutionsOnFirstStart(store: UnVotesStore, env: NodeJS.ProcessEnv, log: Console): Promise<void> {
  const startup = startupSource(env, "HUB_UN_RESOLUTIONS_SOURCE", "un-votes");
  if (!startup) {
    log.log(HOW_TO_IMPORT_RESOLUTIONS);
    return Promise.resolve();
  }
  const source = startup.bundled ? path.join(startup.location, "un-ga-resolutions") : startup.location;
  log.log(
    `un-votes: importing the UN's resolution files from ${startup.bundled ? "the bundled snapshot (sessions 74 to 80, to June 2026)" : source} while serving`,
  );
  return importUnResolutionsInto(store, source, { progress: process.stderr })
    .then((reports) => log.log(`un-votes: import of the UN's resolutions finished\n${formatReports(reports)}`))
    .catch((error: Error) => log.error(`un-votes: import from ${source} failed: ${error.message}. ${HOW_TO_IMPORT_RESOLUTIONS.replace("un-votes: ", "")}`));
}
