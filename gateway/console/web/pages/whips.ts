/**
 * Group voting, for caucus whips: how cohesive a group is per session, who breaks with it and on
 * which roll calls, which members vote together, and how each tracks a reference state.
 */
import { field, h } from "../lib/dom.js";
import {
  bodyOptions,
  countryOptions,
  describePeriod,
  groupForm,
  periodVariables,
  readGroupParams,
  resolveGroup,
  type Group,
  type GroupChoice,
} from "../lib/group.js";
import { startPage } from "../lib/page.js";
import { Panel } from "../lib/panel.js";
import { agreement } from "../whips/agreement.js";
import { cohesion } from "../whips/cohesion.js";
import { coincidence } from "../whips/coincidence.js";
import { defections } from "../whips/defections.js";
import type { GroupVariables } from "../whips/voting.js";

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
    "Agreement Index per roll call, AI = (max(Y,N,A) − ½(Y+N+A − max)) / (Y+N+A), 1 when all members " +
    "vote alike, averaged over the session's counted roll calls (those on which the group cast " +
    "at least 2 votes); the number counted is given per session.",
});
const defectionsPanel = new Panel(grid, {
  id: "defections",
  title: "Defections per member",
  method:
    "A defection is a yes, no or abstention that differs from the group's position (the plurality " +
    "of its members' votes; no position on a tie). Share = defections ÷ roll calls with a group " +
    "position on which the member voted. Absences are not defections.",
});
const agreementPanel = new Panel(grid, {
  id: "agreement",
  title: "Agreement between members",
  method:
    "Dyadic agreement (Voeten): same vote 1, one abstains ½, yes against no 0, averaged over the " +
    "roll calls both voted on (the count is in each cell's title and the CSV). Members are ordered " +
    "by average-linkage clustering so that blocs sit together.",
});
const coincidencePanel = new Panel(grid, {
  id: "coincidence",
  title: `Coincidence with ${reference}`,
  method:
    "US State Department method: (same + ½ partial) ÷ (same + opposite + partial); same = identical " +
    "yes or no, partial = exactly one of the two abstained; roll calls both abstained on and absences " +
    "are left out.",
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
  const width = main.clientWidth - 40;
  void cohesionPanel.run("Computing cohesion", () => cohesion(variables, width));
  void defectionsPanel.run("Counting defections", () => defections(variables, period, choice));
  void agreementPanel.run("Comparing every pair of members", (progress) => agreement(variables, progress, width));
  void coincidencePanel.run(`Comparing with ${reference}`, () => coincidence(variables, reference, width));
})();
