/**
 * On a store with no votes yet: import, in the background while the subgraph already serves, from
 * HUB_UNVOTES_SOURCE when the operator set it and from the bundled snapshot (data/) otherwise;
 * with HUB_UNVOTES_SOURCE=none, say in one line how to import. The hub downloads nothing unless
 * told to: "upstream" is the explicit way to ask for the public copy.
 */
import { startupSource } from "../shared/bundled-data.js";
import { formatReports } from "../shared/import/report.js";
import { importUnVotes } from "./import/import-un-votes.js";
import type { UnVotesStore } from "./store.js";

export const HOW_TO_IMPORT =
  "un-votes: no General Assembly votes imported yet; run `npm run import -- unvotes <folder|file|URL|upstream>`, or set HUB_UNVOTES_SOURCE and restart";

export function importOnFirstStart(store: UnVotesStore, env: NodeJS.ProcessEnv = process.env, log = console): Promise<void> {
  if (store.counts().rollCalls > 0) return Promise.resolve();
  const startup = startupSource(env.HUB_UNVOTES_SOURCE, "un-votes");
  if (!startup) {
    log.log(HOW_TO_IMPORT);
    return Promise.resolve();
  }
  const source = startup.location;
  log.log(`un-votes: importing General Assembly votes from ${startup.bundled ? "the bundled snapshot (1946 to January 2020)" : source} while serving`);
  return importUnVotes(store, source, { progress: process.stderr })
    .then((reports) => log.log(`un-votes: import finished\n${formatReports(reports)}`))
    .catch((error: Error) => log.error(`un-votes: import from ${source} failed: ${error.message}. ${HOW_TO_IMPORT.replace("un-votes: ", "")}`));
}
