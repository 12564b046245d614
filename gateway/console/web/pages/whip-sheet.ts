/**
 * The whip sheet: a coming vote described in words and issue tags, the group's expected position,
 * the precedents it rests on with their reasons, and every member's predicted vote, at risk first.
 */
import { field, h, table } from "../lib/dom.js";
import { decimal, label, percent } from "../lib/format.js";
import { describeErrors, request, type ResultOf } from "../lib/graphql.js";
import { bodyOptions, countryOptions, groupFieldset, readGroupParams, rollCallHref, resolveGroup } from "../lib/group.js";
import { checkPeriod } from "../lib/dates.js";
import { isUnIssue, UN_ISSUES } from "../lib/issues.js";
import { startPage } from "../lib/page.js";
import accuracy from "console:whip-accuracy";
import { Panel, Unavailable, type PanelContent } from "../lib/panel.js";
import { countryLink } from "../lib/country-link.js";

type Sheet = NonNullable<ResultOf<"WhipSheet">["whipSheet"]>;

const { main, params } = startPage();
const { group: choice, problems } = readGroupParams(params);
const title = params.get("title")?.trim() ?? "";
const text = params.get("text")?.trim() ?? "";
const issues = params.getAll("issue").filter(isUnIssue);
const from = params.get("from")?.trim() || null;
const to = params.get("to")?.trim() || null;
checkPeriod({ label: "Precedents from", value: from }, { label: "Precedents up to", value: to }, "2019-09-16", problems);
/** The defection risk from which a member is flagged, in percent: the API lists every member above 0%, which flags nearly everyone. */
const DEFAULT_RISK_THRESHOLD = 25;
const riskText = params.get("risk")?.trim() ?? "";
const riskThreshold = riskText === "" ? DEFAULT_RISK_THRESHOLD : Number(riskText);
if (!Number.isInteger(riskThreshold) || riskThreshold < 1 || riskThreshold > 100) {
  problems.push(`At risk from: expected a whole percentage from 1 to 100, received "${riskText}".`);
}
/** Sponsors as alpha-3 codes, separated by commas or spaces. */
const sponsorText = params.get("sponsors")?.trim() ?? "";
const sponsorCodes = sponsorText
  .split(/[\s,;]+/)
  .map((code) => code.trim().toUpperCase())
  .filter(Boolean);
const asked = title !== "" || text !== "" || issues.length > 0;

const formSlot = h("div", { class: "form-slot" });
main.append(
  h(
    "p",
    { class: "lead" },
    "Describe the coming vote as its draft reads: the sheet finds the most similar earlier roll " +
      "calls and predicts each member's vote from its own record on them.",
  ),
  formSlot,
);
const expected = new Panel(main, {
  id: "expected",
  title: "Expected position and precedents",
  method:
    "Precedents: the earlier roll calls most similar to the description (the words of four or more " +
    "letters their titles and descriptions share with it, shared issue tags breaking ties, combined " +
    "into the score), up to the cut-off date. The group's expected position is the plurality of " +
    "its members' predicted votes.",
});
const members = new Panel(main, {
  id: "members",
  title: "Members, at risk first",
  method:
    "Each member's predicted vote is the weighted plurality of its own votes on the most similar " +
    "recent roll calls it voted on; confidence is how often a prediction this sure was right when " +
    "the sheet replayed earlier sessions; defection risk is the weighted share of those votes that " +
    "differed from the expected position. " +
    `Measured (npm run eval:whip, in the README): on the ${accuracy.votes} votes of sessions ${accuracy.sessions}, ` +
    `asked before each session, it predicted ${accuracy.accuracy} right (a state's vote on the ` +
    `most similar earlier title: ${accuracy.baseline}) and caught ${accuracy.defections} of the ` +
    `votes against the group's expected position; sessions ${accuracy.heldOut} were held out from ` +
    `every choice.`,
});

void (async () => {
  const [bodies, countries] = await Promise.all([bodyOptions(), countryOptions()]);
  formSlot.replaceChildren(
    h(
      "form",
      { class: "query-form", method: "get", "aria-label": "The coming vote" },
      groupFieldset(params, bodies, countries),
      h(
        "fieldset",
        {},
        h("legend", {}, "The coming vote"),
        field("Title", h("input", { name: "title", type: "text", value: title, size: 50, placeholder: "Situation of human rights in …" })),
        field("Text", h("textarea", { name: "text", rows: 3 }, text), "The draft's operative paragraphs or summary."),
        h(
          "fieldset",
          { class: "issues" },
          h("legend", {}, "Issue tags"),
          UN_ISSUES.map((issue) =>
            h("label", { class: "choice" }, h("input", { type: "checkbox", name: "issue", value: issue, checked: issues.includes(issue) }), ` ${label(issue)}`),
          ),
        ),
        field(
          "Sponsors",
          h("input", { name: "sponsors", type: "text", value: sponsorText, size: 50, placeholder: "UKR, DEU, FRA" }),
          "Alpha-3 codes of the draft's sponsors, where known: members among them are predicted to vote yes, as sponsors almost always do.",
        ),
        field("Precedents from", h("input", { name: "from", type: "date", value: from ?? "" }), "Only roll calls on or after this date count; empty for all."),
        field("Precedents up to", h("input", { name: "to", type: "date", value: to ?? "" }), "Only roll calls on or before this date count; empty for all."),
        field(
          "At risk from",
          h("input", { name: "risk", type: "number", min: 1, max: 100, step: 1, value: riskText || DEFAULT_RISK_THRESHOLD }),
          "A member is flagged at risk when its defection risk is at least this percentage.",
        ),
      ),
      h("button", { type: "submit" }, "Prepare the sheet"),
    ),
  );
})();

void (async () => {
  if (problems.length > 0) {
    expected.fail(problems.join(" "));
    members.fail(problems.join(" "));
    return;
  }
  if (!choice || !asked) {
    expected.idle("Choose the group and describe the vote (a title, a text or issue tags), then Prepare the sheet.");
    members.idle("The members' predictions appear here.");
    return;
  }
  const load = async (): Promise<Sheet> => {
    const group = await resolveGroup(choice);
    const answer = await request("WhipSheet", {
      input: {
        memberCodes: group.memberCodes,
        title: title || null,
        text: text || null,
        issues: issues.length > 0 ? issues : null,
        sponsorCodes: sponsorCodes.length > 0 ? sponsorCodes : null,
        from,
        to,
      },
    });
    if (!answer.data?.whipSheet) throw new Unavailable(answer.errors.length > 0 ? describeErrors(answer.errors) : "the hub returned no whip sheet");
    return answer.data.whipSheet;
  };
  // One request answers both panels.
  const answerPromise = load();
  void expected.run("Finding precedents", async () => precedentsPanel(await answerPromise));
  void members.run("Predicting each member's vote", async () => membersPanel(await answerPromise));
})();

/** The expected position and the precedents it rests on, each linked to its roll call in the group's light. */
function precedentsPanel(sheet: Sheet): PanelContent {
  return {
    content: h(
      "div",
      {},
      sheet.coverage.note ? h("p", { class: "notice", role: "status" }, sheet.coverage.note) : null,
      h(
        "p",
        { class: "figure" },
        "Expected position: ",
        h("strong", { class: `badge position-${sheet.expectedPosition}` }, label(sheet.expectedPosition)),
        sheet.expectedPosition ? "" : " (a tie, or no precedent)",
      ),
      h(
        "div",
        { class: "table-scroll" },
        table(
          ["Roll call", "Group position", "Sponsors", "Score", "Text", "Issues", "Reasons"],
          sheet.precedents.map((precedent) => [
            h(
              "span",
              {},
              h(
                "a",
                { href: rollCallHref(precedent.rollCall.id, choice) },
                precedent.rollCall.shortTitle ?? precedent.rollCall.resolution ?? `Roll call ${precedent.rollCall.id}`,
              ),
              h("br", {}),
              h("small", { class: "hint nowrap" }, `${precedent.rollCall.date} · ${precedent.rollCall.resolution ?? `roll call ${precedent.rollCall.id}`}`),
            ),
            label(precedent.groupPosition),
            precedent.rollCall.sponsors.length > 0 ? `${precedent.rollCall.sponsors.length} states` : "not recorded",
            decimal(precedent.score),
            decimal(precedent.textSimilarity),
            decimal(precedent.issueSimilarity),
            h(
              "ul",
              {},
              precedent.reasons.map((reason) => h("li", {}, reason)),
            ),
          ]),
          `${sheet.precedents.length} precedents, most similar first`,
        ),
      ),
    ),
    csv: {
      filename: "whip-sheet-precedents.csv",
      table: {
        columns: ["rollCallId", "date", "resolution", "shortTitle", "groupPosition", "sponsors", "score", "textSimilarity", "issueSimilarity", "reasons"],
        rows: sheet.precedents.map((p) => [
          p.rollCall.id,
          p.rollCall.date,
          p.rollCall.resolution,
          p.rollCall.shortTitle,
          p.groupPosition,
          p.rollCall.sponsors.map((sponsor) => sponsor.code).join(" "),
          p.score,
          p.textSimilarity,
          p.issueSimilarity,
          p.reasons.join("; "),
        ]),
      },
    },
  };
}

/** Every member's predicted vote, riskiest first, flagged at risk from the threshold the form set. */
function membersPanel(sheet: Sheet): PanelContent {
  const risk = new Map(sheet.atRisk.map((member, i) => [member.country?.code, i]));
  const flagged = (member: Sheet["members"][number]) => member.defectionRisk !== null && member.defectionRisk * 100 >= riskThreshold;
  const ordered = [...sheet.members].sort(
    (a, b) => (risk.get(a.country?.code) ?? Infinity) - (risk.get(b.country?.code) ?? Infinity) || (b.defectionRisk ?? -1) - (a.defectionRisk ?? -1),
  );
  return {
    content: h(
      "div",
      { class: "table-scroll" },
      table(
        ["Member", "Predicted vote", "Confidence", "Defection risk", "At risk", "Sponsor"],
        ordered.map((member) => [
          member.country ? countryLink(member.country.code, member.country.name) : "?",
          h("span", { class: `badge position-${member.predictedPosition}` }, label(member.predictedPosition)),
          percent(member.confidence, 0),
          percent(member.defectionRisk, 0),
          flagged(member) ? h("strong", { class: "defector" }, "at risk") : "",
          member.sponsor ? "sponsor" : "",
        ]),
        `${sheet.members.length} members, riskiest first; ${ordered.filter(flagged).length} at risk (a defection risk of ${riskThreshold}% or more)`,
      ),
    ),
    csv: {
      filename: "whip-sheet-members.csv",
      table: {
        columns: ["code", "name", "predictedPosition", "confidence", "defectionRisk", "atRisk", "sponsor"],
        rows: ordered.map((m) => [m.country?.code, m.country?.name, m.predictedPosition, m.confidence, m.defectionRisk, flagged(m), m.sponsor]),
      },
    },
  };
}
