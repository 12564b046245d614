/** Agreement between members: every pair, read page by page, as a heatmap ordered so that blocs sit together. */
import { agreementHeatmap, type HeatCell } from "../lib/charts.js";
import { h } from "../lib/dom.js";
import { count, decimal } from "../lib/format.js";
import { describeErrors, type ResultOf } from "../lib/graphql.js";
import { withMarkValues } from "../lib/mark-values.js";
import { allPages } from "../lib/paging.js";
import { Unavailable, type Progress } from "../lib/panel.js";
import { blocOrder } from "../lib/seriation.js";
import type { GroupVariables } from "./voting.js";

/** Pairs fetched per request: large groups (193 members: 18,528 pairs) load in a few steps, with progress. */
const MATRIX_PAGE = 5000;

type Dyad = NonNullable<ResultOf<"GroupAgreement">["generalAssemblyVoting"]>["agreementMatrix"]["nodes"][number];

export async function agreement(variables: GroupVariables, progress: Progress, width: number) {
  let coverageNote: string | null = null;
  const read = await allPages(
    "GroupAgreement",
    { ...variables, first: MATRIX_PAGE },
    (data) => {
      coverageNote = data.generalAssemblyVoting?.coverage.note ?? null;
      return data.generalAssemblyVoting?.agreementMatrix;
    },
    (done, total) => progress(done, total, "pairs"),
  );
  if (!read.complete) throw new Unavailable(describeErrors(read.errors) || "the hub returned no voting record for this group");
  const dyads: Dyad[] = read.nodes;
  const warning = read.errors.length > 0 ? describeErrors(read.errors) : undefined;
  const members = [...new Set(dyads.flatMap((dyad) => [dyad.a?.code, dyad.b?.code]).filter((code): code is string => !!code))];
  const value = new Map<string, number>();
  for (const dyad of dyads)
    if (dyad.a && dyad.b && dyad.agreement !== null)
      value.set(`${dyad.a.code} ${dyad.b.code}`, dyad.agreement).set(`${dyad.b.code} ${dyad.a.code}`, dyad.agreement);
  const order = blocOrder(members, (a, b) => value.get(`${a} ${b}`) ?? null);
  const cells: HeatCell[] = dyads
    .filter((dyad) => dyad.a && dyad.b && dyad.agreement !== null)
    .flatMap((dyad) => [
      { a: dyad.a!.code, b: dyad.b!.code, agreement: dyad.agreement!, rollCallCount: dyad.rollCallCount },
      { a: dyad.b!.code, b: dyad.a!.code, agreement: dyad.agreement!, rollCallCount: dyad.rollCallCount },
    ]);
  if (cells.length === 0) throw new Unavailable(coverageNote ?? "no two members voted on the same roll call in this period");
  const mean = dyads.reduce((sum, dyad) => sum + (dyad.agreement ?? 0), 0) / Math.max(1, dyads.filter((dyad) => dyad.agreement !== null).length);
  return {
    content: h(
      "div",
      {},
      h(
        "p",
        { class: "figure" },
        `${count(dyads.length)} pairs of ${members.length} members; mean agreement ${decimal(mean)}. ` +
          `Hover, tap or click a cell for its value; every pair is in the CSV.`,
      ),
      h("figure", { "data-chart": "agreement", "data-marks": cells.length }, withMarkValues(agreementHeatmap(cells, order, width))),
    ),
    csv: {
      filename: "agreement-matrix.csv",
      table: { columns: ["a", "b", "agreement", "rollCallCount"], rows: dyads.map((dyad) => [dyad.a?.code, dyad.b?.code, dyad.agreement, dyad.rollCallCount]) },
    },
    warning,
  };
}
