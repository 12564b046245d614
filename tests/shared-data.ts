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
