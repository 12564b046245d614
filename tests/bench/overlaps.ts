/**
 * The overlaps benchmark: the registry import, all-pairs membership overlap for one year and for
 * every year, and a proposal check against 10,000 activities. The 10,000 activities are
 * SYNTHETIC, generated below from a fixed seed for the benchmark only; the registry is real.
 */
import { textOf } from "../../subgraphs/overlaps/analytics/activity-similarity.js";
import { OverlapsEngine } from "../../subgraphs/overlaps/analytics/engine.js";
import { nearDuplicatePairs } from "../../subgraphs/overlaps/analytics/membership-index.js";
import { HubGatewayClient } from "../../subgraphs/platform/hub-gateway.js";
import { HubSnapshot } from "../../subgraphs/overlaps/hub-snapshot.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import { openOverlapsStore } from "../../subgraphs/overlaps/store.js";
import type { ActivityRecord as Activity } from "../../subgraphs/shared/bodies/Activity.js";
import { ms, percentile, row, timeRuns } from "./measure.js";

/** Deterministic pseudo-random numbers (mulberry32), so every run checks the same synthetic set. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "civil society elections observation media freedom judiciary independence corruption transparency women rights youth digital technology disinformation foreign interference parliament capacity human defenders minorities refugees accountability rule law".split(
    " ",
  );
const TOPICS = [
  "civil society",
  "elections",
  "media freedom",
  "rule of law",
  "corruption",
  "gender equality",
  "technology",
  "foreign interference",
  "human rights",
  "parliaments",
];

function syntheticActivities(count: number, codes: readonly string[]): Activity[] {
  const next = random(42);
  const pick = <T>(list: readonly T[], n: number) => Array.from({ length: n }, () => list[Math.floor(next() * list.length)]);
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic:${i}`,
    bodyId: `synthetic-body-${i % 50}`,
    body: { id: `synthetic-body-${i % 50}` },
    kind: "PROGRAMME" as const,
    title: pick(WORDS, 4).join(" "),
    description: pick(WORDS, 12).join(" "),
    topics: [...new Set(pick(TOPICS, 2))],
    countryCodes: [...new Set(pick(codes, 8))],
    startDate: String(2000 + Math.floor(next() * 25)),
    endDate: null,
    source: { title: "synthetic benchmark data", url: null, checkedOn: "2026-11-27", note: "generated for the benchmark" },
  }));
}

export async function benchOverlaps(registryDir: string): Promise<void> {
  console.log("\noverlaps: Correlates of War IGO registry (534 IGOs, 1816–2014)");
  const store = openOverlapsStore(":memory:");
  const importStart = performance.now();
  await importCowIgo(store, registryDir, { progress: null });
  console.log(row("registry import", `${((performance.now() - importStart) / 1000).toFixed(1)} s`));
  const engine = new OverlapsEngine(store, new HubSnapshot(new HubGatewayClient("http://127.0.0.1:9/graphql")));
  const buildStart = performance.now();
  const index = engine.index();
  console.log(row("membership index build (once per data change)", ms(performance.now() - buildStart)));

  const year2014 = index.yearSets(2014, [1]);
  const pairs2014 = (year2014.ids.length * (year2014.ids.length - 1)) / 2;
  const oneYear = await timeRuns(30, 3, () => nearDuplicatePairs(year2014, index.words, 0));
  const p50 = percentile(oneYear, 50);
  console.log(
    row(
      `all-pairs overlap 2014: ${year2014.ids.length} IGOs, ${pairs2014.toLocaleString("en")} pairs, p50 (target < 50 ms)`,
      ms(p50),
      p50 < 50 ? "ok" : "MISSED",
    ),
  );

  let totalPairs = 0;
  const everyYear = await timeRuns(5, 1, () => {
    totalPairs = 0;
    for (let year = 1816; year <= 2014; year++) {
      const sets = index.yearSets(year, [1]);
      totalPairs += (sets.ids.length * (sets.ids.length - 1)) / 2;
      nearDuplicatePairs(sets, index.words, 0);
    }
  });
  const e50 = percentile(everyYear, 50);
  console.log(
    row(`all-pairs overlap every year 1816–2014 (${totalPairs.toLocaleString("en")} pairs), p50 (target < 2 s)`, ms(e50), e50 < 2000 ? "ok" : "MISSED"),
  );

  const activities = syntheticActivities(10_000, index.countryCodes);
  const model = engine.textModel();
  const vectors = new Map(activities.map((a) => [a.id, model.vector(textOf(a))]));
  const proposal = {
    title: "Election observation and media freedom programme",
    description: "Support independent media and civil society election observers",
    topics: ["elections", "media freedom"],
    countryCodes: ["USA", "CAN", "FRA", "DEU", "JPN"],
    startDate: "2027",
    endDate: null,
    kind: null,
  };
  const checks = await timeRuns(30, 3, () => engine.checkPlannedActivity(proposal, 10, { activities, vectors }));
  const c50 = percentile(checks, 50);
  console.log(row("proposal check against 10,000 synthetic activities + 534 IGOs, p50 (target < 50 ms)", ms(c50), c50 < 50 ? "ok" : "MISSED"));
  store.close();
}
