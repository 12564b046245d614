/**
 * On a store with no votes yet: import from HUB_UNVOTES_SOURCE when the operator set it, in the
 * background while the subgraph already serves; otherwise say in one line how to import. The hub
 * downloads nothing unless told to: "upstream" is the explicit way to ask for the public copy.
 */
import { formatReports } from "../shared/import/report.js";
import { importUnVotes } from "./import/import-un-votes.js";
import type { UnVotesStore } from "./store.js";

export const HOW_TO_IMPORT =
  "un-votes: no General Assembly votes imported yet; run `npm run import -- un-votes <folder|file|URL|upstream>`, or set HUB_UNVOTES_SOURCE and restart";

export function importOnFirstStart(store: UnVotesStore, env: NodeJS.ProcessEnv = process.env, log = console): Promise<void> {
  if (store.counts().rollCalls > 0) return Promise.resolve();
  const source = env.HUB_UNVOTES_SOURCE?.trim();
  if (!source) {
    log.log(HOW_TO_IMPORT);
    return Promise.resolve();
  }
  log.log(`un-votes: importing General Assembly votes from ${source} while serving`);
  return importUnVotes(store, source, { progress: process.stderr })
    .then((reports) => log.log(`un-votes: import finished\n${formatReports(reports)}`))
    .catch((error: Error) => log.error(`un-votes: import from ${source} failed: ${error.message}. ${HOW_TO_IMPORT.replace("un-votes: ", "")}`));
}
