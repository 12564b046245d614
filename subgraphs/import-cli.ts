/**
 * `npm run import -- <dataset> <source>`: imports a data set into its subgraph's store in
 * HUB_DATA_DIR, showing progress and ending with a summary of every row. Safe while the hub
 * runs (the subgraph picks the new data up) and safe to repeat (unchanged rows stay unchanged).
 * `npm run import -- all <folder>` imports every data set from a folder laid out as
 * `../shared/data` is (unvotes-2023/, un-ga-resolutions/, freedomhouse/, vdem/, cow_igo/, manyios/,
 * eu-member-states/, commitments/); `all upstream` refreshes every
 * data set from its upstream (shared/refresh/upstreams.ts), importing only what changed.
 */
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { ConfigError } from "./platform/config.js";
import { DATA_SETS } from "./shared/datasets/catalogue.js";
import { formatReports, type FileReport } from "./shared/import/report.js";
import { ImportError } from "./shared/import/source.js";
import { readSubgraphConfig } from "./platform/service-config.js";
import { subgraphInfo, type SubgraphName } from "./registry.js";
import { importCowIgo } from "./overlaps/import/cow-import.js";
import { openOverlapsStore } from "./overlaps/store.js";
import { importFreedomHouse, importVdem } from "./alliance/import/ratings-import.js";
import { openAllianceStore } from "./alliance/store.js";
import { importUnResolutionsInto, importUnVotes } from "./un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "./un-votes/store.js";
import { refreshAll } from "./shared/refresh/refresh.js";
import { describeOutcome } from "./shared/refresh/schedule.js";
import { unVotesRefreshers } from "./un-votes/refreshers.js";
import { allianceRefreshers } from "./alliance/refreshers.js";
import { overlapsRefreshers } from "./overlaps/refreshers.js";
import { STRUCTURE_IMPORTS } from "./overlaps/structures-startup.js";

type Dataset = { description: string; run: (source: string) => Promise<FileReport[]> };

/** Opens the subgraph's store in HUB_DATA_DIR for one import and always closes it. */
async function withStore<Store extends { close(): void }>(
  name: SubgraphName,
  open: (file: string) => Store,
  run: (store: Store) => Promise<FileReport | FileReport[]>,
): Promise<FileReport[]> {
  const store = open(readSubgraphConfig(process.env, subgraphInfo(name)).storeFile);
  try {
    return [await run(store)].flat();
  } finally {
    store.close();
  }
}

const DATASETS: Record<string, Dataset> = {
  "cow-igo": {
    description: "Correlates of War IGO registry (v3): a folder or base URL holding states2016.csv and igo_year_format3.csv",
    run: (source) => withStore("overlaps", openOverlapsStore, (store) => importCowIgo(store, source)),
  },
  freedomhouse: {
    description: "Freedom House ratings: a folder holding fh_status_1972-2023.csv, or a file or URL in its format",
    run: (source) => withStore("alliance", openAllianceStore, (store) => importFreedomHouse(store.db, source)),
  },
  vdem: {
    description: "V-Dem Regimes of the World: a folder holding regimes_of_the_world.csv, or a file or URL in its format",
    run: (source) => withStore("alliance", openAllianceStore, (store) => importVdem(store.db, source)),
  },
  unvotes: {
    description: "UN General Assembly votes: a folder with the unvotes CSV files, a UN Digital Library .csv file, a URL, or `upstream` (also `un-votes`)",
    run: (source) => withStore("un-votes", openUnVotesStore, (store) => importUnVotes(store, source)),
  },
  "un-resolutions": {
    description:
      "The UN's General Assembly resolutions with sponsors and recorded votes: a folder with 74.json … 80.json, ES-11.json …, a base URL, or `upstream`",
    run: (source) => withStore("un-votes", openUnVotesStore, (store) => importUnResolutionsInto(store, source)),
  },
  ...Object.fromEntries(
    STRUCTURE_IMPORTS.map(({ dataSet, sharedFolder, run }): [string, Dataset] => [
      dataSet,
      {
        description: `${DATA_SETS[dataSet].title}: a folder laid out as ../shared/data/${sharedFolder}/`,
        run: (source) => withStore("overlaps", openOverlapsStore, (store) => run(store, source)),
      },
    ]),
  ),
};
// The name the data set had before it was named as the graph names it (`DataSet.name`).
const ALIASES: Record<string, string> = { "un-votes": "unvotes" };

/** Where each data set lies in a folder laid out as ../shared/data is: the first folder of each list that exists (the 2024 Voeten release before the 2021 one). */
const ALL_LAYOUT: Record<string, string[]> = {
  unvotes: ["unvotes-2023", "unvotes"],
  "un-resolutions": ["un-ga-resolutions"],
  freedomhouse: ["freedomhouse"],
  vdem: ["vdem"],
  "cow-igo": ["cow_igo"],
  ...Object.fromEntries(STRUCTURE_IMPORTS.map(({ dataSet, sharedFolder }) => [dataSet, [sharedFolder]])),
};

function folderFor(folder: string, candidates: string[]): string {
  return path.join(folder, candidates.find((candidate) => fs.existsSync(path.join(folder, candidate))) ?? candidates[0]);
}

/** Every data set from one folder, in turn; a failure is reported and the others still run. */
async function importAll(folder: string): Promise<number> {
  let failed = 0;
  for (const [name, candidates] of Object.entries(ALL_LAYOUT)) {
    const location = folderFor(folder, candidates);
    console.log(`${name}: from ${location}`);
    failed += await runOne(name, location);
  }
  if (failed > 0) console.error(`${failed} of ${Object.keys(ALL_LAYOUT).length} data sets failed to import; the others are in.`);
  return failed > 0 ? 1 : 0;
}

function usage(): string {
  return `usage: npm run import -- <dataset> <source>, or all <folder>\ndatasets:\n${Object.entries(DATASETS)
    .map(([name, dataset]) => `  ${name.padEnd(12)} ${dataset.description}`)
    .join("\n")}\n  ${"all".padEnd(12)} every data set from a folder laid out as ../shared/data (${Object.values(ALL_LAYOUT)
    .map((candidates) => candidates[0])
    .join("/, ")}/), or \`upstream\`: from each data set's upstream`;
}

/** `all upstream`: every data set from its upstream, staged, compared and checked before import (shared/refresh/). */
async function refreshAllUpstreams(): Promise<number> {
  const stores = [
    { name: "un-votes" as const, open: openUnVotesStore, refreshers: unVotesRefreshers },
    { name: "alliance" as const, open: openAllianceStore, refreshers: allianceRefreshers },
    { name: "overlaps" as const, open: openOverlapsStore, refreshers: overlapsRefreshers },
  ];
  let failed = 0;
  for (const { name, open, refreshers } of stores) {
    const store = open(readSubgraphConfig(process.env, subgraphInfo(name)).storeFile);
    try {
      for (const outcome of await refreshAll(refreshers(store as never), process.env)) {
        console.log(describeOutcome(outcome));
        if (outcome.reports.length > 0) console.log(formatReports(outcome.reports));
        if (outcome.status === "failed") failed++;
      }
    } finally {
      store.close();
    }
  }
  if (failed > 0) console.error(`${failed} upstreams failed; their data sets keep what was imported before.`);
  return failed > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [given, source] = argv;
  const name = given ? (ALIASES[given] ?? given) : undefined;
  if (name === "all" && source === "upstream") return refreshAllUpstreams();
  if (name === "all" && source) return importAll(source);
  if (!name || !DATASETS[name] || !source) {
    console.error(name && !DATASETS[name] && name !== "all" ? `unknown dataset ${JSON.stringify(given)}\n${usage()}` : usage());
    return 2;
  }
  return runOne(name, source);
}

async function runOne(name: string, source: string): Promise<number> {
  const dataset = DATASETS[name];
  try {
    const reports = await dataset.run(source);
    console.log(formatReports(reports));
    const rejected = reports.reduce((sum, report) => sum + report.rejected.length, 0);
    if (rejected > 0) console.log(`${rejected} rows rejected and not stored; every other row is in.`);
    return 0;
  } catch (error) {
    if (error instanceof ImportError || error instanceof ConfigError) {
      console.error(`import failed: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
