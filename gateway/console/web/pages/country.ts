/**
 * A state's page, for a whip or an officer asking "how does this state vote, and where does it
 * belong": its record by session, its agreement over time with a body's position and with chosen
 * states, by issue, its defections from each body it belongs to, its most isolated votes, its
 * memberships and its eligibility with the evidence. Every choice lives in the URL.
 */
import { agreementOverTime, byIssue, defectionsByBody, isolatedVotes, votesBySession } from "../country/record.js";
import { current, eligibility, facts, memberships, type Profile } from "../country/profile.js";
import { field, h } from "../lib/dom.js";
import { describeErrors, request } from "../lib/graphql.js";
import { bodyOptions, countryOptions, describePeriod, periodFieldset, pickerField, readGroupParams } from "../lib/group.js";
import { startPage } from "../lib/page.js";
import { Panel, Unavailable } from "../lib/panel.js";

const CODE = /^[A-Z]{3}$/;
const { main, params } = startPage();
const code = params.get("code")?.trim().toUpperCase() ?? "";
const { period, problems } = readGroupParams(params);
const others = [
  ...new Set(
    (params.get("with") ?? "USA")
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
  ),
].filter((c) => c !== code);
const badOthers = others.filter((c) => !CODE.test(c));
if (!code) problems.push("Country: expected an alpha-3 code such as FRA, picked or typed; received none.");
else if (!CODE.test(code)) problems.push(`Country: expected an alpha-3 code such as FRA, received ${JSON.stringify(code)}.`);
if (badOthers.length > 0) problems.push(`Compare with: expected alpha-3 codes such as USA, received ${badOthers.map((c) => JSON.stringify(c)).join(", ")}.`);

const formSlot = h("div", { class: "form-slot" });
const formError = h("p", { class: "unavailable", role: "alert", hidden: true });
const header = h("div", { class: "country-facts" });
main.append(
  h("p", { class: "lead" }, "A state's record in the General Assembly, the bodies it belongs to and its eligibility for the Alliance."),
  formSlot,
  formError,
  header,
);
const grid = h("div", { class: "panels" });
main.append(grid);

const panels = {
  votes: new Panel(grid, {
    id: "votes-by-session",
    title: "Votes per session",
    method:
      "Its yes, no and abstain votes in each session, inside the outline of the roll calls the General " +
      "Assembly held: the gap is roll calls it did not vote on (absent, or not yet a member).",
  }),
  agreement: new Panel(grid, {
    id: "agreement-over-time",
    title: "Agreement over time",
    method:
      "With a body's position: the share of the roll calls with a position (the plurality of the " +
      "votes of the states that were members on the roll call's date) on which it voted as the position, " +
      "i.e. 1 − its defection share; only while it was a member itself. With another state: dyadic " +
      "agreement (Voeten), same vote 1, one abstains ½, yes against no 0, over the roll calls both " +
      "voted on. A hollow dot is a session whose figure rests on under a quarter of the median session's " +
      "roll calls.",
  }),
  issues: new Panel(grid, {
    id: "by-issue",
    title: "By issue",
    method:
      "Its votes with the body's position on roll calls carrying each issue tag (a roll call with " +
      "several counts under each); the Voeten record's tags, and those the hub reads from the UN's " +
      "files.",
  }),
  defections: new Panel(grid, {
    id: "defections-by-body",
    title: "Defections from each body",
    method:
      "Its votes against each body's position while it was a member (members counted on each roll " +
      "call's date), for the hub's bodies it belongs to today and the EU: share = defections ÷ roll " +
      "calls with a position on which it voted. Each body links to its group voting page.",
  }),
  isolated: new Panel(grid, {
    id: "isolated-votes",
    title: "Most isolated votes",
    method: "Its votes ranked by the share of the voting states that voted as it did (itself included): the lowest first; the CSV has every vote.",
  }),
  memberships: new Panel(grid, {
    id: "memberships",
    title: "Memberships",
    method:
      "Every body the hub compares that records it: the hub's bodies (today's members), the Correlates " +
      "of War registry's IGOs (full, associate and observer members by year, to 2014) and the external " +
      "bodies (informal groups to 2017, the EU by its accession dates).",
  }),
  eligibility: new Panel(grid, {
    id: "eligibility",
    title: "Eligibility for the Alliance",
    method: "The policy in force on the latest year rated: Freedom House Free or Partly Free by default. No rating means unknown, never a guess.",
  }),
};

void (async () => {
  const [bodies, countries] = await Promise.all([bodyOptions(), countryOptions()]);
  formSlot.replaceChildren(
    h(
      "form",
      { class: "query-form", method: "get", "aria-label": "Country and period" },
      h(
        "fieldset",
        {},
        h("legend", {}, "Country"),
        pickerField("Country", "code", code, countries, "FRA", "Its alpha-3 code; type a name to narrow the list."),
        pickerField(
          "Body",
          "body",
          params.get("body") ?? "",
          bodies,
          "eu",
          "Whose position to compare with; by default the EU or the Community of Democracies when it belongs.",
        ),
        field(
          "Compare with",
          h("input", { name: "with", type: "text", value: others.join(", "), autocomplete: "off", spellcheck: "false" }),
          "Alpha-3 codes of other states, separated by commas.",
        ),
      ),
      periodFieldset(params),
      h("button", { type: "submit" }, "Show"),
    ),
  );
})();

void (async () => {
  const all = Object.values(panels);
  if (problems.length > 0) {
    formError.textContent = problems.join(" ");
    formError.hidden = false;
    for (const panel of all) panel.idle("Nothing shown: see the problem with the choice above.");
    return;
  }
  const answer = await request("CountryProfile", { code });
  const country: Profile | null | undefined = answer.data?.country;
  if (!country) {
    formError.textContent = answer.errors.length > 0 ? describeErrors(answer.errors) : `No country has the code ${code}.`;
    formError.hidden = false;
    for (const panel of all) panel.idle("Nothing shown: see the problem with the choice above.");
    return;
  }
  document.title = `${country.name} · democracy-hub`;
  main.querySelector("h1")!.textContent = country.name;
  header.replaceChildren(facts(country), h("p", { class: "summary" }, `Votes: ${describePeriod(period)}.`));
  const width = main.clientWidth - 40;
  const belongsNow = (country.memberships ?? []).filter(current);
  const belongsTo = (id: string) => belongsNow.some((m) => m.body.id === id);
  const bodyId =
    params.get("body")?.trim() ||
    (belongsTo("eu") ? "eu" : belongsTo("community-of-democracies") ? "community-of-democracies" : (belongsNow.find((m) => !m.years)?.body.id ?? null));
  const compared = belongsNow.filter((m) => !m.years || m.body.id === "eu").map((m) => ({ id: m.body.id, name: m.body.name ?? m.body.id }));

  void panels.votes.run("Counting its votes", async () => votesBySession(code, period, width));
  void panels.agreement.run("Comparing its votes", async () => agreementOverTime(code, bodyId, others, period, width));
  if (bodyId) void panels.issues.run("Comparing by issue", async () => byIssue(code, bodyId, period));
  else panels.issues.idle("Choose a body above to compare with its position.");
  void panels.defections.run("Counting its defections", (progress) => defectionsByBody(code, compared, period, progress));
  void panels.isolated.run("Reading its votes", (progress) => isolatedVotes(code, period, progress));
  void panels.memberships.run("Listing its memberships", async () => {
    if (!country.memberships) throw new Unavailable(describeErrors(answer.errors) || "the memberships are not available");
    return memberships(country);
  });
  void panels.eligibility.run("Reading its eligibility", async () => eligibility(country));
})();
