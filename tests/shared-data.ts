/**
 * Where real-data tests find ../shared/data (or $HUB_SHARED_DATA). Absent on a user's fresh
 * clone: those tests then skip and say why. In CI (HUB_REQUIRE_SHARED_DATA=1) absence is a failure.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function sharedDataDir(): string | null {
  const candidate = process.env.HUB_SHARED_DATA ? path.resolve(process.env.HUB_SHARED_DATA) : path.resolve(ROOT, "..", "shared", "data");
  if (fs.existsSync(candidate)) return candidate;
  if (process.env.HUB_REQUIRE_SHARED_DATA === "1") {
    throw new Error(`HUB_REQUIRE_SHARED_DATA=1 but the shared data is not at ${candidate}; set HUB_SHARED_DATA to its folder`);
  }
  console.warn(`skipping real-data tests: no shared data at ${candidate} (set HUB_SHARED_DATA to its folder)`);
  return null;
}

export const FIXTURES = path.join(ROOT, "tests", "fixtures");

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
