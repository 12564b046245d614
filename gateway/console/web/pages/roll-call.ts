/**
 * One roll call, as the UN Digital Library shows it: what was voted, when, the tally and each
 * state's vote; and, with a group in the URL (as the group voting page links it), in that group's
 * light: its members marked, its position, who voted otherwise and who cast no vote.
 */
import { field, h, table } from "../lib/dom.js";
import { count, label } from "../lib/format.js";
import { describeErrors, request, type ResultOf } from "../lib/graphql.js";
import { countryLink } from "../lib/country-link.js";
import { readGroupParams, resolveGroup, type Group } from "../lib/group.js";
import { startPage } from "../lib/page.js";
import { Panel, Unavailable } from "../lib/panel.js";

type RollCall = NonNullable<ResultOf<"RollCallDetail">["rollCall"]>;
type Vote = RollCall["votes"]["nodes"][number];
type InGroup = NonNullable<RollCall["inGroup"]>;

const ORDER: Record<Vote["position"], number> = { YES: 0, NO: 1, ABSTAIN: 2 };
const SOURCES = {
  VOETEN: "the Voeten record (unvotes)",
  UN_RESOLUTIONS: "the UN's resolution files (source: United Nations)",
  UN_DIGITAL_LIBRARY: "the UN Digital Library's voting export",
} as const;

function sponsorsText(rollCall: RollCall): string {
  const names = (list: { name: string }[]) => list.map((country) => country.name).join(", ");
  const parts = [
    rollCall.sponsors.length > 0 ? names(rollCall.sponsors) : null,
    rollCall.additionalSponsors.length > 0 ? `joined by ${names(rollCall.additionalSponsors)}` : null,
    rollCall.sponsorNote ? rollCall.sponsorNote.toLowerCase() : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : "not recorded (the UN's files begin with session 74)";
}

/** Whether the description only repeats the title (the Voeten record often gives the same text twice). */
function repeatsTitle(title: string | null, description: string | null): boolean {
  const plain = (text: string | null) =>
    (text ?? "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return plain(description) === "" || plain(description) === plain(title);
}

/**
 * A link back to the console page the reader came from: the linking page names itself in `back`
 * (the console sends no Referer). Only a path on this site is taken, so the link cannot lead away.
 */
function backLink(from: string | null): HTMLElement | null {
  if (!from || !from.startsWith("/") || from.startsWith("//")) return null;
  const target = new URL(from, location.origin);
  if (target.origin !== location.origin) return null;
  return h("p", { class: "back" }, h("a", { href: target.pathname + target.search }, "← Back"));
}

/** Names for codes of states that cast no vote here (they are not among the votes). */
async function countryNames(codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const answer = await request("Countries", {});
  return new Map((answer.data?.countries ?? []).flatMap((country) => (country ? [[country.code, country.name] as const] : [])));
}

function groupMarks(vote: Vote, inGroup: InGroup): [boolean, boolean] {
  const code = vote.country?.code ?? "";
  return [inGroup.memberCodes.includes(code), inGroup.defectorCodes.includes(code)];
}

/** The group's position and who departed from it, in words, under the roll call's facts. */
function groupSummary(group: Group, inGroup: InGroup, names: Map<string, string>): HTMLElement {
  const position = inGroup.position ? `voted ${label(inGroup.position).toLowerCase()}` : "had no position (a tie, or no member voted)";
  return h(
    "section",
    { class: "group-light", "aria-label": "The group on this vote" },
    h(
      "p",
      {},
      h("strong", {}, group.name),
      ` ${position}: ${count(inGroup.yes)} yes, ${count(inGroup.no)} no, ${count(inGroup.abstain)} ` +
        `abstentions among its ${count(inGroup.memberCodes.length)} members (the plurality of their ` +
        `votes). `,
      `${count(inGroup.defectorCodes.length)} voted otherwise, ${count(inGroup.absentCodes.length)} cast no vote.`,
    ),
    inGroup.absentCodes.length > 0
      ? h(
          "p",
          { class: "absentees" },
          "No vote recorded (absent, not voting, or not a UN member that day): ",
          inGroup.absentCodes.map((code) => names.get(code) ?? code).join(", "),
          ".",
        )
      : null,
  );
}

/**
 * Every state's vote, filterable by position, region and to the group's members; members marked,
 * those who voted otherwise flagged, and the state a reader came to see (`highlight`) picked out.
 */
function voteList(votes: Vote[], inGroup: InGroup | null, highlight: string | null): HTMLElement {
  const columns = inGroup ? ["State", "Region", "Vote", "Group"] : ["State", "Region", "Vote"];
  const rows = votes.map((vote) => {
    const [member, otherwise] = inGroup ? groupMarks(vote, inGroup) : [false, false];
    const cells: (Node | string)[] = [
      vote.country ? countryLink(vote.country.code, vote.country.name) : "?",
      vote.country?.region ? label(vote.country.region) : "",
      h("span", { class: `badge position-${vote.position}` }, label(vote.position)),
    ];
    if (inGroup) cells.push(otherwise ? h("strong", { class: "defector" }, "member, voted otherwise") : member ? "member" : "");
    return { vote, member, cells };
  });
  const voteTable = table(
    columns,
    rows.map((row) => row.cells),
    `${count(votes.length)} votes`,
  );
  const bodyRows = [...voteTable.tBodies[0].rows];
  rows.forEach((row, i) => {
    if (row.member) bodyRows[i].classList.add("group-member");
    if (highlight && row.vote.country?.code === highlight) bodyRows[i].classList.add("highlighted");
  });
  const caption = voteTable.caption!;
  const regions = [...new Set(votes.flatMap((vote) => (vote.country?.region ? [vote.country.region] : [])))].sort();
  const regionFilter = h(
    "select",
    { name: "region" },
    h("option", { value: "" }, "Every region"),
    regions.map((region) => h("option", { value: region }, label(region))),
  );
  const positionFilter = h(
    "select",
    { name: "position" },
    h("option", { value: "" }, "Every vote"),
    (["YES", "NO", "ABSTAIN"] as const).map((position) => h("option", { value: position }, label(position))),
  );
  const onlyGroup = h("input", { type: "checkbox", name: "only-group" });
  const apply = () => {
    let shown = 0;
    rows.forEach((row, i) => {
      const visible =
        (!positionFilter.value || row.vote.position === positionFilter.value) &&
        (!regionFilter.value || row.vote.country?.region === regionFilter.value) &&
        (!onlyGroup.checked || row.member);
      bodyRows[i].hidden = !visible;
      if (visible) shown++;
    });
    caption.textContent = shown === votes.length ? `${count(votes.length)} votes` : `${count(shown)} of ${count(votes.length)} votes`;
  };
  for (const control of [positionFilter, regionFilter, onlyGroup]) control.addEventListener("change", apply);
  return h(
    "div",
    {},
    h(
      "div",
      { class: "vote-filters" },
      field("Show", positionFilter),
      field("Region", regionFilter),
      inGroup ? h("label", { class: "choice" }, onlyGroup, " Only the group's members") : null,
    ),
    h("div", { class: "table-scroll" }, voteTable),
  );
}

/** One line on the highlighted state's vote, beside the group's position when there is one. */
function highlightNote(votes: Vote[], inGroup: InGroup | null): HTMLElement | null {
  if (!highlight) return null;
  const vote = votes.find((candidate) => candidate.country?.code === highlight);
  if (!vote) return h("p", { class: "highlight-note" }, `${highlight} cast no vote on this roll call.`);
  const against = inGroup?.position && inGroup.memberCodes.includes(highlight) && vote.position !== inGroup.position;
  return h(
    "p",
    { class: "highlight-note" },
    `Highlighted below: ${vote.country?.name ?? highlight} voted ${label(vote.position).toLowerCase()}`,
    against ? `, against the group's ${label(inGroup!.position!).toLowerCase()}.` : ".",
  );
}

const { main, params } = startPage();
const id = params.get("id")?.trim() ?? "";
/** A state to pick out in the list: the member whose defection the reader followed here. */
const highlight = params.get("highlight")?.trim().toUpperCase() || null;
const { group: groupChoice, problems: groupProblems } = readGroupParams(params);
const back = backLink(params.get("back"));
if (back) main.append(back);
main.append(
  h(
    "form",
    { class: "query-form", method: "get", "aria-label": "Roll call" },
    field(
      "Roll call id",
      h("input", { name: "id", type: "text", value: id, required: true, inputmode: "numeric" }),
      "As the record numbers it (the Voeten rcid, or for a vote only the UN's files record, the id its symbol gives); the group pages link here.",
    ),
    h("button", { type: "submit" }, "Show"),
  ),
);
const panel = new Panel(main, {
  id: "roll-call",
  title: "The vote",
  method:
    "As recorded in the Voeten record (sessions 1–77, to September 2023), or for what it lacks " +
    "in the UN's own resolution files (source: United Nations): yes, no and abstain votes; states " +
    "absent or not voting are not listed. The tally counts the votes listed. Sponsors as the UN's " +
    "files name them.",
});

if (!id) panel.idle("Enter a roll call id, or follow a link from the group voting page.");
else if (groupProblems.length > 0) panel.fail(groupProblems.join(" "));
else
  void panel
    .run("Reading the roll call", async () => {
      const group: Group | null = groupChoice ? await resolveGroup(groupChoice) : null;
      const answer = await request("RollCallDetail", { id, memberCodes: group?.memberCodes ?? [], withGroup: group !== null });
      const rollCall = answer.data?.rollCall;
      if (!rollCall) throw new Unavailable(answer.errors.length > 0 ? describeErrors(answer.errors) : `no roll call has the id ${JSON.stringify(id)}`);
      document.title = `${rollCall.resolution ?? `Roll call ${rollCall.id}`} · democracy-hub`;
      const votes = [...rollCall.votes.nodes].sort(
        (a, b) => ORDER[a.position] - ORDER[b.position] || (a.country?.name ?? "").localeCompare(b.country?.name ?? ""),
      );
      const kinds = [
        rollCall.important ? "important vote (US State Department)" : null,
        rollCall.amendment ? "amendment" : null,
        rollCall.paragraph ? "paragraph vote" : null,
      ]
        .filter(Boolean)
        .join(", ");
      return {
        content: h(
          "div",
          {},
          h("h2", { class: "roll-call-title" }, rollCall.shortTitle ?? rollCall.resolution ?? `Roll call ${rollCall.id}`),
          h(
            "dl",
            { class: "facts" },
            h("dt", {}, "Date"),
            h("dd", {}, rollCall.date),
            h("dt", {}, "Session"),
            h("dd", {}, rollCall.specialSession ? `${rollCall.specialSession} (during session ${rollCall.session})` : String(rollCall.session)),
            h("dt", {}, "Source"),
            h("dd", {}, SOURCES[rollCall.source]),
            h("dt", {}, "Sponsors"),
            h("dd", { class: "sponsors" }, sponsorsText(rollCall)),
            h("dt", {}, "Resolution"),
            h("dd", {}, rollCall.resolution ?? "not recorded"),
            h("dt", {}, "Issues"),
            h("dd", {}, rollCall.issues.length > 0 ? rollCall.issues.map(label).join(", ") : "none tagged"),
            h("dt", {}, "Kind"),
            h("dd", {}, kinds || "vote on the whole text"),
            h("dt", {}, "Tally"),
            h("dd", { class: "tally" }, `${count(rollCall.yes)} yes, ${count(rollCall.no)} no, ${count(rollCall.abstain)} abstentions`),
          ),
          repeatsTitle(rollCall.shortTitle, rollCall.description) ? null : h("p", { class: "description" }, rollCall.description),
          group && rollCall.inGroup ? groupSummary(group, rollCall.inGroup, await countryNames(rollCall.inGroup.absentCodes)) : null,
          highlightNote(votes, rollCall.inGroup ?? null),
          voteList(votes, rollCall.inGroup ?? null, highlight),
        ),
        csv: {
          filename: `roll-call-${rollCall.id}.csv`,
          table: rollCall.inGroup
            ? {
                columns: ["code", "name", "position", "group_member", "voted_otherwise"],
                rows: votes.map((vote) => [vote.country?.code, vote.country?.name, vote.position, ...groupMarks(vote, rollCall.inGroup!)]),
              }
            : { columns: ["code", "name", "position"], rows: votes.map((vote) => [vote.country?.code, vote.country?.name, vote.position]) },
        },
      };
    })
    // The state the reader followed here, brought into view once the list is drawn.
    .then(() => document.querySelector("#roll-call tr.highlighted")?.scrollIntoView({ block: "center" }));
