/** `npm run bench`: the hub's benchmarks, printing every figure with the machine it ran on. */
import "reflect-metadata";
import { sharedDataDir } from "../shared-data.js";
import { machine } from "./measure.js";
import { benchOverlaps } from "./overlaps.js";
import { benchUnVotes } from "./un-votes.js";

console.log(`democracy-hub benchmarks on ${machine()}`);
const data = sharedDataDir();
if (!data) {
  console.log("skipped: the benchmarks need the real reference data (../shared/data or $HUB_SHARED_DATA)");
} else {
  await benchUnVotes(data);
  await benchOverlaps(data);
}
