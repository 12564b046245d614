/** The Community of Democracies beside the Alliance: the question the brief asks before any new structure. */
import { h } from "../lib/dom.js";
import { decimal } from "../lib/format.js";
import { describeErrors, errorsAt, request } from "../lib/graphql.js";
import { Panel, Unavailable } from "../lib/panel.js";
import { countryList } from "./forms.js";

type Member = { code: string; name: string };
type Answer = {
  communityOfDemocracies: { id: string; name: string | null; memberCodes: string[] | null } | null;
  alliance: { id: string; name: string | null; memberCodes: string[] | null } | null;
  overlap: { jaccard: number; sizeA: number; sizeB: number; shared: Member[]; onlyInA: Member[]; onlyInB: Member[] } | null;
};

export function mountCodBesideAlliance(parent: HTMLElement): void {
  const panel = new Panel(parent, {
    id: "cod-beside-alliance",
    title: "The Community of Democracies beside the Alliance",
    method: "Members today of each, compared as sets; Jaccard = shared ÷ members of either. A high overlap means the Alliance should work through the Community rather than beside it.",
  });
  void panel.run("Comparing the two memberships", async () => {
    const answer = await request<Answer>("CodBesideAlliance");
    const overlap = answer.data?.overlap;
    if (!overlap) throw new Unavailable(describeErrors(errorsAt(answer.errors, "overlap")) || describeErrors(answer.errors) || "the hub returned no comparison");
    const cod = answer.data?.communityOfDemocracies?.name ?? "Community of Democracies";
    const alliance = answer.data?.alliance?.name ?? "Alliance of Democracies";
    const rows = [...overlap.shared.map((m) => [m, true, true] as const), ...overlap.onlyInA.map((m) => [m, true, false] as const), ...overlap.onlyInB.map((m) => [m, false, true] as const)];
    return {
      content: h(
        "div",
        {},
        h("p", { class: "figure" }, `${cod}: ${overlap.sizeA} members; ${alliance}: ${overlap.sizeB}; ${overlap.shared.length} in both; Jaccard ${decimal(overlap.jaccard)}.`),
        h(
          "div",
          { class: "two-columns" },
          h("section", { "aria-label": "In both" }, h("h3", {}, `In both (${overlap.shared.length})`), countryList(overlap.shared)),
          h("section", { "aria-label": `Only in ${cod}` }, h("h3", {}, `Only in ${cod} (${overlap.onlyInA.length})`), countryList(overlap.onlyInA)),
          h("section", { "aria-label": `Only in ${alliance}` }, h("h3", {}, `Only in ${alliance} (${overlap.onlyInB.length})`), countryList(overlap.onlyInB)),
        ),
      ),
      csv: { filename: "cod-beside-alliance.csv", table: { columns: ["code", "name", "inCommunityOfDemocracies", "inAlliance"], rows: rows.map(([m, a, b]) => [m.code, m.name, a, b]) } },
      warning: answer.errors.length > 0 ? describeErrors(answer.errors) : undefined,
    };
  });
}
