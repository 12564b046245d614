/**
 * Where real-data tests find the real data: ../shared/data (or $HUB_SHARED_DATA) when it is there,
 * else the hub's bundled snapshot of the same files, so that a fresh clone runs every real-data
 * test too and none skips for want of data. In CI (HUB_REQUIRE_SHARED_DATA=1) the shared folder
 * must be there: the bundled snapshot is checked against it (tests/data/bundled-snapshot.test.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * ../shared/data itself, for what only the originals can show: that the bundled snapshot equals
 * them (tests/data/bundled-snapshot.test.ts), and the benchmarks that read them. Null when absent.
 */
export function sharedDataDir(): string | null {
  const folder = sharedDataFolder();
  if (!folder) console.warn("no shared data at ../shared/data (set HUB_SHARED_DATA to its folder): the bundled snapshot stands in for it");
  return folder;
}

export const FIXTURES = path.join(ROOT, "tests", "fixtures");

/** Each real data set's folder under ../shared/data, and where the bundled snapshot keeps the same files (gzip, read as the importers read either). */
const BUNDLED: Record<RealDataSet, string> = {
  "unvotes-2023": path.join(ROOT, "subgraphs", "un-votes", "data"),
  "un-ga-resolutions": path.join(ROOT, "subgraphs", "un-votes", "data", "un-ga-resolutions"),
  freedomhouse: path.join(ROOT, "subgraphs", "alliance", "data"),
  vdem: path.join(ROOT, "subgraphs", "alliance", "data"),
  cow_igo: path.join(ROOT, "subgraphs", "overlaps", "data"),
  manyios: path.join(ROOT, "subgraphs", "overlaps", "data", "manyios"),
  "eu-member-states": path.join(ROOT, "subgraphs", "overlaps", "data", "eu-member-states"),
  "commitments/us-white-house": path.join(ROOT, "subgraphs", "overlaps", "data", "us-white-house"),
  "commitments/canada-ogp": path.join(ROOT, "subgraphs", "overlaps", "data", "canada-ogp"),
};
export type RealDataSet =
  | "unvotes-2023"
  | "un-ga-resolutions"
  | "freedomhouse"
  | "vdem"
  | "cow_igo"
  | "manyios"
  | "eu-member-states"
  | "commitments/us-white-house"
  | "commitments/canada-ogp";

/** A real data set's folder: ../shared/data/<name> when the shared data is there, else the bundled snapshot's. */
export function realData(name: RealDataSet): string {
  const shared = sharedDataFolder();
  return shared ? path.join(shared, name) : BUNDLED[name];
}

/** ../shared/data (or $HUB_SHARED_DATA) when it is there; null, or an error under HUB_REQUIRE_SHARED_DATA=1, when not. */
function sharedDataFolder(): string | null {
  const candidate = process.env.HUB_SHARED_DATA ? path.resolve(process.env.HUB_SHARED_DATA) : path.resolve(ROOT, "..", "shared", "data");
  if (fs.existsSync(candidate)) return candidate;
  if (process.env.HUB_REQUIRE_SHARED_DATA === "1") {
    throw new Error(`HUB_REQUIRE_SHARED_DATA=1 but the shared data is not at ${candidate}; set HUB_SHARED_DATA to its folder`);
  }
  return null;
}

/**
 * The General Assembly record's two sources: from ../shared/data (or $HUB_SHARED_DATA) when it is
 * there, else the hub's bundled snapshot of the same files, so that a fresh clone runs on them too.
 */
export function generalAssemblyRecord(): { voeten: string; resolutions: string; from: string } {
  const candidate = process.env.HUB_SHARED_DATA ? path.resolve(process.env.HUB_SHARED_DATA) : path.resolve(ROOT, "..", "shared", "data");
  if (fs.existsSync(path.join(candidate, "unvotes-2023")) && fs.existsSync(path.join(candidate, "un-ga-resolutions")))
    return { voeten: path.join(candidate, "unvotes-2023"), resolutions: path.join(candidate, "un-ga-resolutions"), from: candidate };
  if (process.env.HUB_REQUIRE_SHARED_DATA === "1")
    throw new Error(`HUB_REQUIRE_SHARED_DATA=1 but unvotes-2023/ and un-ga-resolutions/ are not in ${candidate}`);
  const bundled = path.join(ROOT, "subgraphs", "un-votes", "data");
  return { voeten: bundled, resolutions: path.join(bundled, "un-ga-resolutions"), from: "the bundled snapshot" };
}
