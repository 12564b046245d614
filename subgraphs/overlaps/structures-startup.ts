/**
 * On start: each data set of structures and commitments the store lacks is imported, from its
 * HUB_*_SOURCE folder or the bundled snapshot (`none` skips it). Small files: a few seconds in
 * all, done before the registry's larger import.
 */
import path from "node:path";
import type { Env } from "../platform/config.js";
import type { DataSetName } from "../shared/datasets/catalogue.js";
import { startupSource } from "../shared/bundled-data.js";
import type { FileReport } from "../shared/import/report.js";
import { formatReports } from "../shared/import/report.js";
import { importCanadaOgp, importEuMembers, importManyios, importUsCommitments } from "./import/structures-import.js";
import type { OverlapsStore } from "./store.js";

/** Each data set: its setting, its folder in the bundled snapshot (and in ../shared/data), its importer. */
export const STRUCTURE_IMPORTS: readonly {
  dataSet: DataSetName;
  variable: string;
  bundledFolder: string;
  sharedFolder: string;
  run: (store: OverlapsStore, location: string) => Promise<FileReport[]>;
}[] = [
  { dataSet: "manyios", variable: "HUB_MANYIOS_SOURCE", bundledFolder: "manyios", sharedFolder: "manyios", run: importManyios },
  { dataSet: "eu-members", variable: "HUB_EU_MEMBERS_SOURCE", bundledFolder: "eu-member-states", sharedFolder: "eu-member-states", run: importEuMembers },
  {
    dataSet: "us-commitments",
    variable: "HUB_US_COMMITMENTS_SOURCE",
    bundledFolder: "us-white-house",
    sharedFolder: "commitments/us-white-house",
    run: importUsCommitments,
  },
  { dataSet: "canada-ogp", variable: "HUB_CANADA_OGP_SOURCE", bundledFolder: "canada-ogp", sharedFolder: "commitments/canada-ogp", run: importCanadaOgp },
];

export async function importStructuresOnStart(store: OverlapsStore, env: Env, log: Pick<Console, "log" | "error">): Promise<void> {
  for (const { dataSet, variable, bundledFolder, run } of STRUCTURE_IMPORTS) {
    if (store.holds(dataSet)) continue;
    const startup = startupSource(env, variable, "overlaps");
    if (!startup) continue;
    const location = startup.bundled ? path.join(startup.location, bundledFolder) : startup.location;
    try {
      const reports = await store.whileImporting(dataSet, () => run(store, location));
      log.log(`overlaps: imported ${dataSet} from ${startup.bundled ? "the bundled snapshot" : location}\n${formatReports(reports)}`);
    } catch (error) {
      log.error(`overlaps: import of ${dataSet} from ${location} failed: ${(error as Error).message}`);
    }
  }
}
