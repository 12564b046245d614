/** Near-duplicate bodies: pairs of intergovernmental organisations whose memberships are nearly the same, a page at a time. */
import { field, h, table } from "../lib/dom.js";
import { count, decimal, percent } from "../lib/format.js";
import { describeErrors, request, type ResultOf } from "../lib/graphql.js";
import { Panel, Unavailable, type PanelContent } from "../lib/panel.js";
import { numberOrNull, panelForm, savedValue } from "./forms.js";

type Page = NonNullable<ResultOf<"NearDuplicateBodies">["nearDuplicateBodies"]>;
type Pair = Page["nodes"][number];

const PREFIX = "near";
const PAGE_SIZE = 25;

export function mountNearDuplicates(parent: HTMLElement, params: URLSearchParams): void {
  const form = panelForm(
    "Near-duplicate bodies",
    PREFIX,
    [
      field(
        "Year",
        h("input", { name: "year", type: "number", min: 1816, max: 2014, value: savedValue(params, PREFIX, "year", "2014") }),
        "The registry runs to 2014.",
      ),
      field(
        "At least (Jaccard)",
        h("input", { name: "minJaccard", type: "number", min: 0.05, max: 1, step: 0.05, value: savedValue(params, PREFIX, "minJaccard", "0.9") }),
      ),
    ],
    "Show",
    (values) => void load(values, [null]),
  );
  const panel = new Panel(parent, {
    id: "near-duplicates",
    title: "Near-duplicate bodies",
    method:
      "Jaccard similarity of two bodies' full members in the year: shared ÷ members of either. Containment: " +
      "the share of one body's members that also belong to the other. Correlates of War registry " +
      "of IGOs, members in the year.",
    controls: form,
  });
  // Cursors of the pages seen so far, so Previous can go back (the connection pages forward).
  const load = (values: FormData, cursors: (string | null)[]) =>
    panel.run("Comparing every pair of bodies", async () => {
      const after = cursors[cursors.length - 1];
      const answer = await request("NearDuplicateBodies", {
        year: numberOrNull(values.get("year")),
        minJaccard: numberOrNull(values.get("minJaccard")) ?? 0.9,
        first: PAGE_SIZE,
        after,
      });
      const page = answer.data?.nearDuplicateBodies;
      if (!page) throw new Unavailable(describeErrors(answer.errors) || "the hub returned no pairs");
      return pairsContent(page, cursors, (next) => void load(values, next));
    });
  void load(new FormData(form), [null]);
}

/** One page of pairs, with the way to the pages before and after it (`goTo` the cursors that lead there). */
function pairsContent(page: Page, cursors: (string | null)[], goTo: (cursors: (string | null)[]) => void): PanelContent {
  const pageNumber = cursors.length;
  const name = (body: Pair["a"]) => body.name ?? body.id;
  return {
    content: h(
      "div",
      {},
      h(
        "div",
        { class: "table-scroll" },
        table(
          ["Body A", "Body B", "Jaccard", "Members A", "Members B", "A in B", "B in A"],
          page.nodes.map((pair) => [
            name(pair.a),
            name(pair.b),
            decimal(pair.jaccard),
            count(pair.sizeA),
            count(pair.sizeB),
            percent(pair.containmentAInB, 0),
            percent(pair.containmentBInA, 0),
          ]),
          `${count(page.totalCount)} pairs in ${page.year}; page ${pageNumber} of ${Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE))}`,
        ),
      ),
      h(
        "div",
        { class: "pager" },
        h("button", { type: "button", class: "secondary", disabled: cursors.length <= 1, onclick: () => goTo(cursors.slice(0, -1)) }, "Previous page"),
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            disabled: !page.pageInfo.hasNextPage,
            onclick: () => goTo([...cursors, page.pageInfo.endCursor]),
          },
          "Next page",
        ),
      ),
    ),
    csv: {
      filename: `near-duplicate-bodies-${page.year}-page-${pageNumber}.csv`,
      table: {
        columns: ["aId", "aName", "bId", "bName", "jaccard", "sizeA", "sizeB", "containmentAInB", "containmentBInA"],
        rows: page.nodes.map((p) => [p.a.id, p.a.name, p.b.id, p.b.name, p.jaccard, p.sizeA, p.sizeB, p.containmentAInB, p.containmentBInA]),
      },
    },
  };
}
