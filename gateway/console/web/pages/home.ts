/** The console's front page: what each screen is for, and the data behind them. */
import { h, table } from "../lib/dom.js";
import { count } from "../lib/format.js";
import { loadDataSets } from "../lib/freshness.js";
import { startPage } from "../lib/page.js";
import { Panel, Unavailable } from "../lib/panel.js";

const { main } = startPage();

const screens: [string, string, string][] = [
  [
    "/whips",
    "Group voting",
    "for caucus whips: a group's cohesion per session, each member's defections with the roll calls, " +
      "the members' agreement as a heatmap, and coincidence with a reference state.",
  ],
  ["/roll-calls", "Votes", "find a General Assembly vote by words, symbol, session, dates, issue or sponsor, and see how every state voted on it."],
  [
    "/whip-sheet",
    "Whip sheet",
    "before a vote, describe the resolution and see the group's expected position, the precedents " +
      "behind it, and every member's predicted vote with the members at risk first.",
  ],
  [
    "/secretariat",
    "Secretariat",
    "for the Alliance's secretariat: check a planned activity against what exists, near-duplicate " +
      "bodies, the membership overlap of any two bodies, the eligibility map, the Alliance's record " +
      "and the backsliding watch.",
  ],
  ["/explorer", "GraphQL explorer", "for developers: the API's schema and the README's operations in GraphiQL, served by the hub itself."],
];

main.append(
  h("p", { class: "lead" }, "The hub's console speaks only the public GraphQL API at /graphql, through the same limits as any client."),
  h(
    "ul",
    { class: "screens" },
    screens.map(([href, title, text]) => h("li", {}, h("a", { href }, title), `: ${text}`)),
  ),
);

const panel = new Panel(main, {
  id: "data-sets",
  title: "Data sets",
  method: "What the hub holds: where each data set came from, when it was imported, the rows it holds and the date of its latest record (Query.dataSets).",
});
void panel.run("Reading the data sets", async () => {
  const { dataSets, problem } = await loadDataSets();
  if (dataSets.length === 0) throw new Unavailable(problem ?? "the hub lists no data sets");
  return {
    content: h(
      "div",
      { class: "table-scroll" },
      table(
        ["Data set", "Published by", "Licence", "Imported", "From", "Rows", "Latest record"],
        dataSets.map((set) => [
          set.title ?? set.name,
          set.publishedBy ?? "",
          set.licence ?? "",
          set.importInProgress ? "importing now" : (set.importedAt ?? "not imported"),
          set.importedFrom ?? "",
          set.rowCount === null ? "" : count(set.rowCount),
          set.latestRecordDate ?? "",
        ]),
      ),
    ),
    csv: {
      filename: "data-sets.csv",
      table: {
        columns: ["name", "title", "publishedBy", "licence", "importedFrom", "importedAt", "rowCount", "latestRecordDate"],
        rows: dataSets.map((set) => [set.name, set.title, set.publishedBy, set.licence, set.importedFrom, set.importedAt, set.rowCount, set.latestRecordDate]),
      },
    },
    warning: problem ?? undefined,
  };
});
