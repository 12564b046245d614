/** The membership overlap of any two bodies: who belongs to both, who to one only. */
import { field, h } from "../lib/dom.js";
import { decimal } from "../lib/format.js";
import { describeErrors, request } from "../lib/graphql.js";
import type { Option } from "../lib/group.js";
import { Panel, Unavailable } from "../lib/panel.js";
import { numberOrNull, panelForm, savedValue } from "./forms.js";
import { provenance, splitColumns, splitRows } from "./overlap-view.js";

const PREFIX = "overlap";

/** Mounts the panel at once; its body lists fill when `bodies` arrives, then the saved (or default) pair is compared. */
export function mountMembershipOverlap(parent: HTMLElement, params: URLSearchParams, bodies: Promise<Option[]>): void {
  const selects: { select: HTMLSelectElement; chosen: string }[] = [];
  const select = (name: string, chosen: string) => {
    const element = h("select", { name }, h("option", { value: chosen }, chosen));
    selects.push({ select: element, chosen });
    return element;
  };
  const form = panelForm(
    "Membership overlap",
    PREFIX,
    [
      field("Body A", select("a", savedValue(params, PREFIX, "a", "community-of-democracies"))),
      field("Body B", select("b", savedValue(params, PREFIX, "b", "d10"))),
      field(
        "Year",
        h("input", { name: "year", type: "number", min: 1816, max: 2100, value: savedValue(params, PREFIX, "year") }),
        "Registry IGOs to 2014, informal groups to 2017, the EU to today; hub bodies count their members today.",
      ),
    ],
    "Compare",
    (values) => void run(values),
  );
  const panel = new Panel(parent, {
    id: "membership-overlap",
    title: "Membership overlap of two bodies",
    method:
      "Members of each body in the year (registry IGOs: full members, to 2014; informal groups to " +
      "2017; the EU by its accession and exit dates; hub bodies: members today), compared as sets. " +
      "Jaccard = shared ÷ members of either. A year beyond what a source covers is said under the " +
      "figures.",
    controls: form,
  });
  const compare = async (values: FormData) => {
    const answer = await request("MembershipOverlap", {
      aId: String(values.get("a") ?? ""),
      bId: String(values.get("b") ?? ""),
      year: numberOrNull(values.get("year")),
    });
    const overlap = answer.data?.membershipOverlap;
    if (!overlap) throw new Unavailable(describeErrors(answer.errors) || "the hub returned no overlap");
    const nameA = overlap.a.name ?? overlap.a.id;
    const nameB = overlap.b.name ?? overlap.b.id;
    return {
      content: h(
        "div",
        {},
        h(
          "p",
          { class: "figure" },
          `${nameA}: ${overlap.sizeA} members; ${nameB}: ${overlap.sizeB}; ${overlap.shared.length} shared; ` +
            `Jaccard ${decimal(overlap.jaccard)} (${overlap.year}).`,
        ),
        provenance(overlap),
        splitColumns(overlap, nameA, nameB),
      ),
      csv: {
        filename: `overlap-${overlap.a.id}-${overlap.b.id}.csv`.replace(/:/g, "_"),
        table: { columns: ["code", "name", `in ${overlap.a.id}`, `in ${overlap.b.id}`], rows: splitRows(overlap) },
      },
    };
  };
  const run = (values: FormData) => panel.run("Comparing the memberships", () => compare(values));
  void panel.run("Listing the bodies and comparing", async () => {
    const options = await bodies;
    if (options.length === 0) throw new Unavailable("the hub listed no bodies to compare");
    for (const { select, chosen } of selects)
      select.replaceChildren(...options.map((body) => h("option", { value: body.value, selected: body.value === chosen }, body.label)));
    return compare(new FormData(form));
  });
}
