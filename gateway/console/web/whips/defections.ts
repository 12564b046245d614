/** Defections per member, and under each member its defections with its vote and the group's position, by issue, as CSV. */
import { countryLink } from "../lib/country-link.js";
import { field, h, table } from "../lib/dom.js";
import { downloadCsv } from "../lib/download.js";
import { count, label, percent, plural } from "../lib/format.js";
import { describeErrors, request } from "../lib/graphql.js";
import { describePeriod, rollCallHref, type GroupChoice, type Period } from "../lib/group.js";
import { isUnIssue, UN_ISSUES } from "../lib/issues.js";
import { allPages } from "../lib/paging.js";
import { Unavailable } from "../lib/panel.js";
import { votingOrFail, type GroupVariables } from "./voting.js";

export async function defections(variables: GroupVariables, period: Period, choice: GroupChoice | null) {
  const voting = votingOrFail(await request("GroupDefections", variables));
  // After the record's end, or while it is being imported, there is nothing to count: said, not shown as zeros.
  if (voting.coverage.note && voting.defections.every((row) => row.comparedRollCallCount === 0)) throw new Unavailable(voting.coverage.note);
  const rows = voting.defections;
  const body = rows.map((row) => {
    const code = row.country?.code ?? "?";
    const list = h("div", { class: "defection-list" });
    const button = h(
      "button",
      { type: "button", class: "link", "aria-expanded": "false", onclick: () => void toggleRollCalls(button, list, variables, code, choice) },
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

/** A member's defections, opened under its row: its vote and the group's position on each, filterable by issue, as CSV too. */
async function toggleRollCalls(
  button: HTMLButtonElement,
  list: HTMLElement,
  variables: GroupVariables,
  countryCode: string,
  choice: GroupChoice | null,
): Promise<void> {
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
    // Every one of them, a page at a time (most recent first). A member's entry is priced as one of
    // the largest group's: 250 defections a page stays under the price limit.
    const read = await allPages(
      "MemberDefectionVotes",
      { ...variables, countryCode, issue: chosen, first: 250 },
      (data) => data.generalAssemblyVoting?.defections[0]?.votes,
    );
    if (!read.complete) {
      rows.replaceChildren(h("p", { class: "unavailable" }, `Unavailable: ${describeErrors(read.errors) || "no entry for this member"}`));
      return;
    }
    const votes = read.nodes;
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
