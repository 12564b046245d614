/**
 * Vote search: General Assembly roll calls by words, symbol, session, dates, issue and sponsor,
 * newest first, each a link to its roll call, with the tally; the URL is the permalink and the
 * download holds every row shown.
 */
import { field, h, table } from "../lib/dom.js";
import { count, label } from "../lib/format.js";
import { describeErrors, request, type ResultOf } from "../lib/graphql.js";
import { rollCallHref } from "../lib/group.js";
import { UN_ISSUES } from "../lib/issues.js";
import { startPage } from "../lib/page.js";
import { Panel, Unavailable } from "../lib/panel.js";
import { describeSearch, readVoteSearch, rollCallFilter, searchConditions, MAX_QUERY_LENGTH } from "../lib/vote-search.js";

type Page = NonNullable<ResultOf<"RollCallSearch">["rollCalls"]>;
type Found = Page["nodes"][number];

const PAGE_SIZE = 50;

const { main, params } = startPage();
const { search, problems } = readVoteSearch(params);

const option = (value: string, text: string, selected: boolean) => h("option", { value, selected }, text);
main.append(
  h(
    "p",
    { class: "lead" },
    "Find a General Assembly vote by its words or symbol, session, dates, issue or sponsor; follow a result to see how every state voted.",
  ),
  h(
    "form",
    { class: "query-form", method: "get", "aria-label": "Vote search" },
    field(
      "Words or symbol",
      h("input", { name: "q", type: "search", value: search.q, maxlength: MAX_QUERY_LENGTH, placeholder: "Ukraine, A/RES/ES-11/1, nuclear…" }),
      "One phrase, found in the resolution symbol, short title or description (any case).",
    ),
    field("Session", h("input", { name: "session", type: "number", min: 1, max: 200, step: 1, value: search.session ?? "" })),
    field("From", h("input", { name: "from", type: "date", value: search.from ?? "" })),
    field("To", h("input", { name: "to", type: "date", value: search.to ?? "" })),
    field(
      "Issue",
      h(
        "select",
        { name: "issue" },
        option("", "Any issue", search.issue === null),
        UN_ISSUES.map((issue) => option(issue, label(issue), search.issue === issue)),
      ),
      "The Voeten record's six tags; votes from the UN's files carry tags the hub reads from their subjects.",
    ),
    field(
      "Sponsor",
      h("input", { name: "sponsor", type: "text", value: search.sponsor ?? "", maxlength: 3, autocapitalize: "characters", placeholder: "UKR" }),
      "A state's three-letter code: drafts it sponsored or joined (the UN's files, session 74 on).",
    ),
    field(
      "Order",
      h(
        "select",
        { name: "order" },
        option("NEWEST_FIRST", "Newest first", search.order === "NEWEST_FIRST"),
        option("OLDEST_FIRST", "Oldest first", search.order === "OLDEST_FIRST"),
      ),
    ),
    h("button", { type: "submit" }, "Search"),
  ),
);

const panel = new Panel(main, {
  id: "roll-calls",
  title: "Roll calls",
  method:
    "The General Assembly record the hub holds: the Voeten record (sessions 1–77, to September " +
    "2023) and, for what it lacks, the UN's own resolution files (source: United Nations; sessions " +
    "74–80, to June 2026). Tallies count the yes, no and abstain votes recorded; absent states " +
    "and those not voting are not counted. Sponsors are known only for votes the UN's files record.",
});

const found: Found[] = [];
let total = 0;
let cursor: string | null = null;

function results(): Node {
  const more =
    cursor !== null
      ? h(
          "button",
          { type: "button", class: "more", onclick: () => void load(`Reading the next ${PAGE_SIZE}`) },
          `Show ${Math.min(PAGE_SIZE, total - found.length)} more`,
        )
      : null;
  if (found.length === 0) return h("p", { class: "idle" }, `No roll call ${searchConditions(search)}.`);
  return h(
    "div",
    {},
    h(
      "div",
      { class: "table-scroll" },
      table(
        ["Date", "Session", "Vote", "Title", "Issues", "Yes", "No", "Abstain"],
        found.map((rollCall) => [
          h("span", { class: "nowrap" }, rollCall.date),
          String(rollCall.session),
          h("a", { href: rollCallHref(rollCall.id, null) }, rollCall.resolution ?? `roll call ${rollCall.id}`),
          rollCall.shortTitle ?? "no title recorded",
          rollCall.issues.length > 0 ? rollCall.issues.map(label).join(", ") : "none",
          count(rollCall.yes),
          count(rollCall.no),
          count(rollCall.abstain),
        ]),
        `${count(found.length)} of ${count(total)} roll calls: ${describeSearch(search)}`,
      ),
    ),
    more,
  );
}

async function load(what: string): Promise<void> {
  await panel.run(what, async () => {
    const answer = await request("RollCallSearch", {
      filter: rollCallFilter(search),
      first: PAGE_SIZE,
      after: cursor,
      order: search.order,
    });
    const page = answer.data?.rollCalls;
    if (!page) throw new Unavailable(answer.errors.length > 0 ? describeErrors(answer.errors) : "the hub gave no roll calls");
    found.push(...page.nodes);
    total = page.totalCount;
    cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    return {
      content: results(),
      csv: {
        filename: "roll-calls.csv",
        table: {
          columns: ["id", "date", "session", "resolution", "short_title", "issues", "yes", "no", "abstain"],
          rows: found.map((r) => [r.id, r.date, r.session, r.resolution, r.shortTitle, r.issues.join(";"), r.yes, r.no, r.abstain]),
        },
      },
    };
  });
}

if (problems.length > 0) panel.fail(problems.join(" "));
else void load("Searching the record");
