/**
 * `npm run eval:overlaps`: the planned-activity check on the labelled plans (labelled-plans.ts),
 * on the real registry, structures and commitments (../shared/data, or the bundled snapshot) and
 * the hub's own bodies (read through a gateway started in this process on port 0). Prints
 * precision@5, recall@5 and hit@1, for the plans used while choosing the rules and for the
 * held-out ones apart, under the hub's rules and the rules they replaced, in one run; then each
 * plan's first five matches under the hub's rules, expected ones marked.
 */
import "reflect-metadata";
import { MATCHING_RULES, OverlapsEngine, type MatchingRules } from "../../../subgraphs/overlaps/analytics/engine.js";
import { textOf } from "../../../subgraphs/overlaps/analytics/activity-similarity.js";
import { HubGatewayClient } from "../../../subgraphs/platform/hub-gateway.js";
import { HubSnapshot } from "../../../subgraphs/overlaps/hub-snapshot.js";
import { importCowIgo } from "../../../subgraphs/overlaps/import/cow-import.js";
import type { OverlapsStore } from "../../../subgraphs/overlaps/store.js";
import { STRUCTURE_IMPORTS } from "../../../subgraphs/overlaps/structures-startup.js";
import { startHub } from "../../harness.js";
import { realData, type RealDataSet } from "../../shared-data.js";
import { LABELLED_PLANS, type LabelledPlan } from "./labelled-plans.js";
import { hitAtOne, mean, precisionAt, recallAt } from "./metrics.js";

const K = 5;

type Variant = { name: string; rules: MatchingRules; hubOnly: boolean };

const VARIANTS: Variant[] = [
  {
    name: "before (the hub's 16 activities; whole words)",
    rules: { stems: false, bodyWeights: { text: 0, membership: 0.5 } },
    hubOnly: true,
  },
  { name: "imported data, whole words, bodies by members only", rules: { stems: false, bodyWeights: { text: 0, membership: 0.5 } }, hubOnly: false },
  { name: "imported data, whole words, bodies by name and mandate", rules: { ...MATCHING_RULES, stems: false }, hubOnly: false },
  { name: "the hub's rules (stems, bodies by name and mandate)", rules: MATCHING_RULES, hubOnly: false },
];

function returnedBy(engine: OverlapsEngine, plan: LabelledPlan, hubOnly: boolean, hubIds: Set<string>): string[] {
  const proposal = { title: plan.title, description: plan.description, topics: [], countryCodes: [], startDate: null, endDate: null, kind: null };
  const against = hubOnly
    ? (() => {
        const activities = engine.activities().filter((activity) => hubIds.has(activity.id));
        const model = engine.textModel();
        return { activities, vectors: new Map(activities.map((a) => [a.id, model.vector(textOf(a))])) };
      })()
    : undefined;
  return engine
    .checkPlannedActivity(proposal, K, against)
    .filter((match) => !hubOnly || match.activity)
    .map((match) => match.activity?.id ?? match.body!.id);
}

function figures(rows: { plan: LabelledPlan; returned: string[] }[]) {
  const ranked = rows.map(({ plan, returned }) => ({ returned, expected: plan.expected }));
  return {
    plans: rows.length,
    precision: mean(ranked.map((r) => precisionAt(K, r))),
    recall: mean(ranked.map((r) => recallAt(K, r))),
    hit: mean(ranked.map(hitAtOne)),
  };
}

const hub = await startHub();
try {
  const store = hub.stores.overlaps as OverlapsStore;
  await importCowIgo(store, realData("cow_igo"), { progress: null });
  for (const { run, sharedFolder } of STRUCTURE_IMPORTS) await run(store, realData(sharedFolder as RealDataSet));
  const snapshot = new HubSnapshot(new HubGatewayClient(hub.gatewayUrl));
  await snapshot.refresh();
  if (snapshot.lastError) throw new Error(`the hub's bodies could not be read: ${snapshot.lastError}`);
  const hubIds = new Set(snapshot.activities.map((activity) => activity.id));

  const current = new OverlapsEngine(store, snapshot);
  const known = new Set([...current.activities().map((a) => a.id), ...current.index().bodies.map((b) => b.id)]);
  const unknown = LABELLED_PLANS.flatMap((plan) => plan.expected.filter((id) => !known.has(id)).map((id) => `${plan.id}: ${id}`));
  if (unknown.length) throw new Error(`expected matches the hub does not hold (a label or an import is wrong):\n${unknown.join("\n")}`);

  console.log(`${LABELLED_PLANS.length} labelled plans (${LABELLED_PLANS.filter((p) => p.heldOut).length} held out), ${known.size} activities and bodies`);
  console.log(`${"rules".padEnd(58)} ${"half".padEnd(9)} plans  P@5   R@5   hit@1`);
  for (const variant of VARIANTS) {
    const engine = new OverlapsEngine(store, snapshot, variant.rules);
    const rows = LABELLED_PLANS.map((plan) => ({ plan, returned: returnedBy(engine, plan, variant.hubOnly, hubIds) }));
    for (const [half, selected] of [
      ["tuning", rows.filter((row) => !row.plan.heldOut)],
      ["held out", rows.filter((row) => row.plan.heldOut)],
    ] as const) {
      const f = figures(selected);
      console.log(
        `${variant.name.padEnd(58)} ${half.padEnd(9)} ${String(f.plans).padStart(5)}  ${f.precision.toFixed(2)}  ${f.recall.toFixed(2)}  ${f.hit.toFixed(2)}`,
      );
    }
  }

  console.log("\nfirst five matches under the hub's rules (* expected):");
  for (const plan of LABELLED_PLANS) {
    const returned = returnedBy(current, plan, false, hubIds);
    console.log(`${plan.heldOut ? "[held out] " : ""}${plan.id}: R@5 ${recallAt(K, { returned, expected: plan.expected }).toFixed(2)}`);
    for (const id of returned) console.log(`  ${plan.expected.includes(id) ? "*" : " "} ${id}`);
  }
} finally {
  await hub.stop();
}
