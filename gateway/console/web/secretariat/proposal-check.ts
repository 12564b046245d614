/** The proposal check: before creating an activity, what already covers the same ground, and what to do. */
import { field, h, table } from "../lib/dom.js";
import { decimal, label } from "../lib/format.js";
import { describeErrors, request, type ResultOf } from "../lib/graphql.js";
import { Panel, Unavailable, type PanelContent } from "../lib/panel.js";
import { numberOrNull, panelForm, savedValue } from "./forms.js";

type Check = NonNullable<ResultOf<"ProposalCheck">["checkPlannedActivity"]>;
type Match = Check["matches"][number];

const PREFIX = "check";

export function mountProposalCheck(parent: HTMLElement, params: URLSearchParams): void {
  const value = (key: string, fallback = "") => savedValue(params, PREFIX, key, fallback);
  const form = panelForm(
    "Planned activity",
    PREFIX,
    [
      field("Title", h("input", { name: "title", type: "text", required: true, size: 40, value: value("title") })),
      field("Description", h("textarea", { name: "description", rows: 2 }, value("description"))),
      field(
        "Countries",
        h("input", { name: "countries", type: "text", value: value("countries"), placeholder: "USA, DEU, JPN" }),
        "Alpha-3 codes of the participants, separated by commas.",
      ),
      field("Topics", h("input", { name: "topics", type: "text", value: value("topics"), placeholder: "elections, media freedom" }), "Separated by commas."),
      field(
        "Start",
        h("input", { name: "startDate", type: "text", value: value("startDate"), placeholder: "2027-03", size: 10 }),
        "YYYY, YYYY-MM or YYYY-MM-DD.",
      ),
      field("Matches", h("input", { name: "maxMatches", type: "number", min: 1, max: 50, value: value("maxMatches", "10") })),
    ],
    "Check",
    (values) => void run(values),
  );
  const panel = new Panel(parent, {
    id: "proposal-check",
    title: "Check a planned activity",
    method:
      "Each existing activity (the hub's own and the imported US and Canadian commitments) is scored " +
      "on topic overlap (when topics are given), TF-IDF similarity of the stemmed words, shared countries " +
      "and period; each body (the hub's, the COW registry's, informal groups, dead IGOs, the EU) " +
      "on its name and mandate (0.6) and its members (0.4). JOIN_EXISTING at 0.6 or above, EXTEND_EXISTING " +
      "at 0.35, otherwise GO_AHEAD.",
    controls: form,
  });
  const list = (text: string) =>
    text
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean);
  const run = (values: FormData) =>
    panel.run("Comparing with every activity and body", async () => {
      const input = {
        title: String(values.get("title") ?? ""),
        description: String(values.get("description") ?? "") || null,
        countryCodes: list(String(values.get("countries") ?? "")).map((code) => code.toUpperCase()),
        topics: list(String(values.get("topics") ?? "")),
        startDate: String(values.get("startDate") ?? "") || null,
      };
      const answer = await request("ProposalCheck", {
        input,
        maxMatches: numberOrNull(values.get("maxMatches")) ?? 10,
      });
      const check = answer.data?.checkPlannedActivity;
      if (!check) throw new Unavailable(describeErrors(answer.errors) || "the hub returned no check");
      return checkContent(check, answer.errors.length > 0 ? describeErrors(answer.errors) : undefined);
    });
  if (value("title")) void run(new FormData(form));
  else panel.idle("Describe the planned activity, then Check.");
}

/** The recommendation, what it was compared with, and the matches with their score components. */
function checkContent(check: Check, warning: string | undefined): PanelContent {
  const name = (match: Match) =>
    match.activity ? `${match.activity.title} (${match.activity.body.name ?? match.activity.body.id})` : (match.body?.name ?? match.body?.id ?? "?");
  return {
    content: h(
      "div",
      {},
      h("p", { class: "figure" }, "Recommendation: ", h("strong", { class: "badge" }, label(check.recommendation))),
      h("p", {}, check.explanation),
      h(
        "p",
        { class: "note" },
        `Compared with ${check.compared.activities} activities and ${check.compared.bodies} bodies (${check.compared.sources.join("; ")}). ` +
          `Snapshot built ${new Date(check.snapshotBuiltAt).toLocaleString("en-GB")}` +
          (check.snapshotFailure ? `; the last read of the hub failed, so it is older than it should be: ${check.snapshotFailure}` : "."),
      ),
      h(
        "div",
        { class: "table-scroll" },
        table(
          ["Match", "Kind", "From", "Score", "Topics", "Text", "Countries", "Period", "Membership", "Reasons"],
          check.matches.map((match) => [
            name(match),
            label(match.kind),
            match.activity?.source.url
              ? h("a", { href: match.activity.source.url, rel: "noreferrer", title: match.activity.source.title }, match.origin)
              : match.origin,
            decimal(match.score),
            decimal(match.components.topics),
            decimal(match.components.text),
            decimal(match.components.countries),
            decimal(match.components.period),
            decimal(match.components.membership),
            h(
              "ul",
              {},
              match.reasons.map((reason) => h("li", {}, reason)),
            ),
          ]),
          `${check.matches.length} matches, best first`,
        ),
      ),
    ),
    csv: {
      filename: "planned-activity-matches.csv",
      table: {
        columns: ["kind", "origin", "source", "activityId", "bodyId", "name", "score", "topics", "text", "countries", "period", "membership", "reasons"],
        rows: check.matches.map((m) => [
          m.kind,
          m.origin,
          m.activity?.source.url ?? null,
          m.activity?.id,
          m.activity?.body.id ?? m.body?.id,
          name(m),
          m.score,
          m.components.topics,
          m.components.text,
          m.components.countries,
          m.components.period,
          m.components.membership,
          m.reasons.join("; "),
        ]),
      },
    },
    warning,
  };
}
