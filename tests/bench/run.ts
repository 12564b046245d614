/** `npm run bench`: the hub's benchmarks, printing every figure with the machine it ran on. */
import "reflect-metadata";
import { generalAssemblyRecord, realData } from "../shared-data.js";
import { machine } from "./measure.js";
import { benchOverlaps } from "./overlaps.js";
import { benchUnVotes } from "./un-votes.js";

console.log(`democracy-hub benchmarks on ${machine()}`);
// The real data from ../shared/data, or on a fresh clone the bundled snapshot of the same files.
await benchUnVotes(generalAssemblyRecord());
await benchOverlaps(realData("cow_igo"));
