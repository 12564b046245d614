/**
 * Group voting, for caucus whips: how cohesive a group is per session, who breaks with it and on
 * which roll calls, which members vote together, and how each tracks a reference state.
 */
import { agreementHeatmap, coincidenceChart, cohesionChart, countedChart, partialSessions, sessionDomain, type HeatCell } from "../lib/charts.js";
import { field, h, table } from "../lib/dom.js";
import { downloadCsv } from "../lib/download.js";
import { count, decimal, label, percent, plural } from "../lib/format.js";
import { describeErrors, request, type Answer, type ResultOf } from "../lib/graphql.js";
import { isUnIssue, UN_ISSUES } from "../lib/issues.js";
import {
  bodyOptions,
  countryOptions,
  describePeriod,
  groupForm,
  periodVariables,
  readGroupParams,
  rollCallHref,
  resolveGroup,
  type Group,
  type GroupChoice,
  type Period,
} from "../lib/group.js";
import { startPage } from "../lib/page.js";
import { withMarkValues } from "../lib/mark-values.js";
import { Panel, Unavailable } from "../lib/panel.js";
import { blocOrder } from "../lib/seriation.js";
import { countryLink } from "../lib/country-link.js";

/** What every group-voting question asks: the members and the period. */
type GroupVariables = { memberCodes: string[]; session: number | null; from: string | null; to: string | null };

/** Pairs fetched per request: large groups (193 members: 18,528 pairs) load in a few steps, with progress. */
const MATRIX_PAGE = 5000;

const { main, params } = startPage();
const asked = readGroupParams(params);
/** Nothing chosen yet (a first visit): the Community of Democracies' Governing Council over the whole record, said as a default. */
const byDefault = !params.has("group") && !params.has("body");
const choice: GroupChoice | null = byDefault ? { kind: "body", id: "community-of-democracies" } : asked.group;
const { period, problems } = asked;
const reference = (params.get("reference") ?? "USA").toUpperCase();

const formSlot = h("div", { class: "form-slot" });
main.append(
  h("p", { class: "lead" }, "Pick a group and a period: the charts and tables below answer for its members, from the General Assembly's recorded votes."),
  formSlot,
);
const summary = h("p", { class: "summary", "aria-live": "polite" });
/** A problem with the form's choice, said once beside it rather than in every panel. */
const formError = h("p", { class: "unavailable", role: "alert", hidden: true });
main.append(formError, summary);
const grid = h("div", { class: "panels" });
main.append(grid);

const cohesionPanel = new Panel(grid, {
  id: "cohesion",
  title: "Cohesion per session",
  method:
    "Agreement Index per roll call, AI = (max(Y,N,A) − ½(Y+N+A − max)) / (Y+N+A), 1 when all members vote alike, averaged over the session's counted roll calls (those on which the group cast at least 2 votes); the number counted is given per session.",
});
const defectionsPanel = new Panel(grid, {
  id: "defections",
  title: "Defections per member",
  method:
    "A defection is a yes, no or abstention that differs from the group's position (the plurality of its members' votes; no position on a tie). Share = defections ÷ roll calls with a group position on which the member voted. Absences are not defections.",
});
const agreementPanel = new Panel(grid, {
  id: "agreement",
  title: "Agreement between members",
  method:
    "Dyadic agreement (Voeten): same vote 1, one abstains ½, yes against no 0, averaged over the roll calls both voted on (the count is in each cell's title and the CSV). Members are ordered by average-linkage clustering so that blocs sit together.",
});
const coincidencePanel = new Panel(grid, {
  id: "coincidence",
  title: `Coincidence with ${reference}`,
  method:
    "US State Department method: (same + ½ partial) ÷ (same + opposite + partial); same = identical yes or no, partial = exactly one of the two abstained; roll calls both abstained on and absences are left out.",
});
const panels = [cohesionPanel, defectionsPanel, agreementPanel, coincidencePanel];

void (async () => {
  const [bodies, countries] = await Promise.all([bodyOptions(), countryOptions()]);
  const referenceField = field(
    "Reference state",
    h(
      "select",
      { name: "reference" },
      countries.map((country) => h("option", { value: country.value, selected: country.value === reference }, country.label)),
    ),
    "For the coincidence chart.",
  );
  formSlot.replaceChildren(groupForm(params, bodies, countries, [referenceField]));
})();

void (async () => {
  const refuse = (reason: string) => {
    formError.textContent = reason;
    formError.hidden = false;
    for (const panel of panels) panel.idle("Nothing shown: see the problem with the choice above.");
  };
  if (problems.length > 0) return refuse(problems.join(" "));
  if (!choice) {
    for (const panel of panels) panel.idle("Choose a group and a period above, then Show.");
    return;
  }
  let group: Group;
  try {
    group = await resolveGroup(choice);
  } catch (error) {
    return refuse((error as Error).message);
  }
  summary.textContent = `${group.name}: ${group.memberCodes.length} members, ${describePeriod(period)}.${
    byDefault ? " Shown by default; choose another group or period above." : ""
  }`;
  const variables: GroupVariables = { memberCodes: group.memberCodes, ...periodVariables(period) };
  void cohesionPanel.run("Computing cohesion", () => cohesion(variables));
  void defectionsPanel.run("Counting defections", () => defections(variables, period));
  void agreementPanel.run("Comparing every pair of members", (progress) => agreement(variables, progress));
  void coincidencePanel.run(`Comparing with ${reference}`, () => coincidence(variables));
})();

function votingOrFail<V>(answer: Answer<{ generalAssemblyVoting: V | null }>): V {
  const voting = answer.data?.generalAssemblyVoting;
  if (!voting) throw new Unavailable(answer.errors.length > 0 ? describeErrors(answer.errors) : "the hub returned no voting record for this group");
  return voting;
}

async function cohesion(variables: GroupVariables) {
  const voting = votingOrFail(await request("GroupCohesion", variables));
  const partial = partialSessions(voting.cohesionBySession, voting.coverage);
  const points = voting.cohesionBySession.flatMap((point) =>
    point.cohesion === null ? [] : [{ ...point, cohesion: point.cohesion, partial: partial.get(point.session) ?? null }],
  );
  // A period after the record's end, or an import still running, is said as such, not drawn as a quiet period.
  if (voting.countedRollCallCount === 0) throw new Unavailable(voting.coverage.note ?? "no roll call in this period on which the group cast at least 2 votes");
  return {
    content: h(
      "div",
      {},
      voting.coverage.note ? h("p", { class: "notice", role: "status" }, voting.coverage.note) : null,
      h(
        "p",
        { class: "figure" },
        `Overall cohesion ${percent(voting.cohesion)} over ${count(voting.countedRollCallCount)} counted roll calls, in ${plural(voting.cohesionBySession.length, "session")}.`,
      ),
      partial.size > 0
        ? h(
            "p",
            { class: "hint partial-sessions" },
            `Hollow dots: partial sessions, whose figure rests on few votes (${[...partial].map(([session, why]) => `session ${session}: ${why}`).join("; ")}).`,
          )
        : null,
      h(
        "figure",
        { "data-chart": "cohesion", "data-marks": points.length },
        cohesionChart(points, sessionDomain(voting.cohesionBySession), main.clientWidth - 40),
      ),
      h(
        "figure",
        { "data-chart": "counted", "data-marks": voting.cohesionBySession.length },
        countedChart(voting.cohesionBySession, sessionDomain(voting.cohesionBySession), main.clientWidth - 40),
      ),
    ),
    csv: {
      filename: "cohesion-by-session.csv",
      table: {
        columns: ["session", "cohesion", "countedRollCallCount", "partial"],
        rows: voting.cohesionBySession.map((point) => [point.session, point.cohesion, point.countedRollCallCount, partial.get(point.session) ?? ""]),
      },
    },
  };
}

async function defections(variables: GroupVariables, period: Period) {
  const voting = votingOrFail(await request("GroupDefections", variables));
  // After the record's end, or while it is being imported, there is nothing to count: said, not shown as zeros.
  if (voting.coverage.note && voting.defections.every((row) => row.comparedRollCallCount === 0)) throw new Unavailable(voting.coverage.note);
  const rows = voting.defections;
  const body = rows.map((row) => {
    const code = row.country?.code ?? "?";
    const list = h("div", { class: "defection-list" });
    const button = h(
      "button",
      { type: "button", class: "link", "aria-expanded": "false", onclick: () => void toggleRollCalls(button, list, variables, code) },
      row.defectionCount > 0 ? `${count(row.defectionCount)} roll calls` : "none",
    );
    if (row.defectionCount === 0) button.disabled = true;
    return [
      countryLink(code, row.country?.name),
      count(row.defectionCount),
      count(row.comparedRollCallCount),
      percent(row.defectionShare),
      h("div", {}, button, list),
    ];
  });
  return {
    content: h(
      "div",
      { class: "table-scroll stack-on-phone" },
      table(["Member", "Defections", "Compared", "Share", "Roll calls"], body, `Defections from the group's position, ${describePeriod(period)}, most first`),
    ),
    csv: {
      filename: "defections.csv",
      table: {
        columns: ["code", "name", "defectionCount", "comparedRollCallCount", "defectionShare"],
        rows: rows.map((row) => [row.country?.code, row.country?.name, row.defectionCount, row.comparedRollCallCount, row.defectionShare]),
      },
    },
  };
}

type DefectionVote = NonNullable<ResultOf<"MemberDefectionVotes">["generalAssemblyVoting"]>["defections"][number]["votes"]["nodes"][number];

/** A member's defections, opened under its row: its vote and the group's position on each, filterable by issue, as CSV too. */
async function toggleRollCalls(button: HTMLButtonElement, list: HTMLElement, variables: GroupVariables, countryCode: string): Promise<void> {
  if (button.getAttribute("aria-expanded") === "true") {
    button.setAttribute("aria-expanded", "false");
    list.replaceChildren();
    return;
  }
  button.setAttribute("aria-expanded", "true");
  const issue = h(
    "select",
    { "aria-label": `Issue of ${countryCode}'s defections` },
    h("option", { value: "" }, "Every issue"),
    UN_ISSUES.map((value) => h("option", { value }, label(value))),
  );
  const rows = h("div", {});
  const show = async () => {
    rows.replaceChildren(h("p", { role: "status" }, "Loading the roll calls…"));
    const chosen = isUnIssue(issue.value) ? issue.value : null;
    const votes: DefectionVote[] = [];
    let after: string | null = null;
    // Every one of them, a page at a time (most recent first).
    do {
      const answer: Answer<ResultOf<"MemberDefectionVotes">> = await request("MemberDefectionVotes", {
        ...variables,
        countryCode,
        issue: chosen,
        // A member's entry is priced as one of the largest group's: 250 defections a page stays under the price limit.
        first: 250,
        after,
      });
      const entry = answer.data?.generalAssemblyVoting?.defections[0];
      if (!entry) {
        rows.replaceChildren(h("p", { class: "unavailable" }, `Unavailable: ${describeErrors(answer.errors) || "no entry for this member"}`));
        return;
      }
      votes.push(...entry.votes.nodes);
      after = entry.votes.pageInfo.hasNextPage ? entry.votes.pageInfo.endCursor : null;
    } while (after);
    const csvTable = {
      columns: ["rollCallId", "date", "session", "resolution", "title", "vote", "groupPosition", "issues"],
      rows: votes.map(({ rollCall, vote, groupPosition }) => [
        rollCall.id,
        rollCall.date,
        rollCall.session,
        rollCall.resolution,
        rollCall.shortTitle,
        vote,
        groupPosition,
        rollCall.issues.join(" "),
      ]),
    };
    rows.replaceChildren(
      h(
        "p",
        { class: "hint" },
        `${plural(votes.length, "roll call")}${chosen ? ` on ${label(chosen).toLowerCase()}` : ""}, most recent first. `,
        h("button", { type: "button", class: "link", onclick: () => downloadCsv(`defections-${countryCode}.csv`, csvTable) }, "Download CSV"),
      ),
      table(
        ["Date", "Roll call", "Vote", "Group"],
        votes.map(({ rollCall, vote, groupPosition }) => [
          h("span", { class: "nowrap" }, rollCall.date),
          h(
            "a",
            { href: rollCallHref(rollCall.id, choice, countryCode) },
            rollCall.resolution ?? `roll call ${rollCall.id}`,
            rollCall.shortTitle ? ` ${rollCall.shortTitle}` : "",
          ),
          h("span", { class: `badge position-${vote}` }, label(vote)),
          h("span", { class: `badge position-${groupPosition}` }, label(groupPosition)),
        ]),
      ),
    );
  };
  issue.addEventListener("change", () => void show());
  list.replaceChildren(h("div", { class: "defection-filter" }, field("Issue", issue)), rows);
  await show();
}

type Dyad = NonNullable<ResultOf<"GroupAgreement">["generalAssemblyVoting"]>["agreementMatrix"]["nodes"][number];

async function agreement(variables: GroupVariables, progress: (done: number, total: number, unit: string) => void) {
  const dyads: Dyad[] = [];
  let after: string | null = null;
  let warning: string | undefined;
  let coverageNote: string | null = null;
  do {
    const answer: Answer<ResultOf<"GroupAgreement">> = await request("GroupAgreement", { ...variables, first: MATRIX_PAGE, after });
    const voting = votingOrFail(answer);
    coverageNote = voting.coverage.note;
    const matrix = voting.agreementMatrix;
    if (answer.errors.length > 0) warning = describeErrors(answer.errors);
    dyads.push(...matrix.nodes);
    progress(dyads.length, matrix.totalCount, "pairs");
    after = matrix.pageInfo.hasNextPage ? matrix.pageInfo.endCursor : null;
  } while (after);
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
        `${count(dyads.length)} pairs of ${members.length} members; mean agreement ${decimal(mean)}. Hover, tap or click a cell for its value; every pair is in the CSV.`,
      ),
      h("figure", { "data-chart": "agreement", "data-marks": cells.length }, withMarkValues(agreementHeatmap(cells, order, main.clientWidth - 40))),
    ),
    csv: {
      filename: "agreement-matrix.csv",
      table: { columns: ["a", "b", "agreement", "rollCallCount"], rows: dyads.map((dyad) => [dyad.a?.code, dyad.b?.code, dyad.agreement, dyad.rollCallCount]) },
    },
    warning,
  };
}

async function coincidence(variables: GroupVariables) {
  const voting = votingOrFail(await request("GroupCoincidence", { ...variables, referenceCountryCode: reference }));
  // The reference state's coincidence with itself is 100% by definition: not a finding, left out.
  const rows = voting.coincidence.filter((row) => row.country?.code !== reference);
  const bars = rows.filter((row) => row.coincidence !== null).map((row) => ({ name: row.country?.name ?? "?", coincidence: row.coincidence! }));
  if (bars.length === 0) throw new Unavailable(voting.coverage.note ?? `no member shares a counted roll call with ${reference} in this period`);
  return {
    content: h("figure", { "data-chart": "coincidence", "data-marks": bars.length }, coincidenceChart(bars, reference, main.clientWidth - 40)),
    csv: {
      filename: `coincidence-with-${reference}.csv`,
      table: {
        columns: ["code", "name", "coincidence", "same", "opposite", "partial", "bothAbstained"],
        rows: rows.map((row) => [row.country?.code, row.country?.name, row.coincidence, row.same, row.opposite, row.partial, row.bothAbstained]),
      },
    },
  };
}
