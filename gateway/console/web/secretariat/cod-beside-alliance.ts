/** The Community of Democracies beside the Alliance: the question the brief asks before any new structure. */
import { h } from "../lib/dom.js";
import { decimal } from "../lib/format.js";
import { describeErrors, errorsAt, request } from "../lib/graphql.js";
import { Panel, Unavailable } from "../lib/panel.js";
import { provenance, splitColumns, splitRows } from "./overlap-view.js";

export function mountCodBesideAlliance(parent: HTMLElement): void {
  const panel = new Panel(parent, {
    id: "cod-beside-alliance",
    title: "The Community of Democracies beside the Alliance",
    method:
      "Members today of each, compared as sets; Jaccard = shared ÷ members of either. A high overlap " +
      "means the Alliance should work through the Community rather than beside it.",
  });
  void panel.run("Comparing the two memberships", async () => {
    const answer = await request("CodBesideAlliance", {});
    const overlap = answer.data?.overlap;
    if (!overlap)
      throw new Unavailable(describeErrors(errorsAt(answer.errors, "overlap")) || describeErrors(answer.errors) || "the hub returned no comparison");
    const cod = answer.data?.communityOfDemocracies?.name ?? "Community of Democracies";
    const alliance = answer.data?.alliance?.name ?? "Alliance of Democracies";
    return {
      content: h(
        "div",
        {},
        h(
          "p",
          { class: "figure" },
          `${cod}: ${overlap.sizeA} members; ${alliance}: ${overlap.sizeB}; ${overlap.shared.length} in both; Jaccard ${decimal(overlap.jaccard)}.`,
        ),
        provenance(overlap),
        splitColumns(overlap, cod, alliance),
      ),
      csv: { filename: "cod-beside-alliance.csv", table: { columns: ["code", "name", "inCommunityOfDemocracies", "inAlliance"], rows: splitRows(overlap) } },
      warning: answer.errors.length > 0 ? describeErrors(answer.errors) : undefined,
    };
  });
}
