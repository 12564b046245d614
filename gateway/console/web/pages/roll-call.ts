/** One roll call, as the UN Digital Library shows it: what was voted, when, the tally and each state's vote. */
import { field, h, table } from "../lib/dom.js";
import { count, label } from "../lib/format.js";
import { describeErrors, request } from "../lib/graphql.js";
import { startPage } from "../lib/page.js";
import { Panel, Unavailable } from "../lib/panel.js";

type Vote = { country: { code: string; name: string } | null; position: "YES" | "NO" | "ABSTAIN" };
type RollCall = {
  id: string;
  session: number;
  date: string;
  resolution: string | null;
  shortTitle: string | null;
  description: string | null;
  issues: string[];
  important: boolean | null;
  amendment: boolean | null;
  paragraph: boolean | null;
  specialSession: string | null;
  source: "VOETEN" | "UN_RESOLUTIONS" | "UN_DIGITAL_LIBRARY";
  sponsorNote: string | null;
  sponsors: { code: string; name: string }[];
  additionalSponsors: { code: string; name: string }[];
  yes: number;
  no: number;
  abstain: number;
  votes: { totalCount: number; nodes: Vote[] };
};

const ORDER = { YES: 0, NO: 1, ABSTAIN: 2 } as const;
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

const { main, params } = startPage();
const id = params.get("id")?.trim() ?? "";
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
    "As recorded in the Voeten record (sessions 1–77, to September 2023), or for what it lacks in the UN's own resolution files (source: United Nations): yes, no and abstain votes; states absent or not voting are not listed. The tally counts the votes listed. Sponsors as the UN's files name them.",
});

if (!id) panel.idle("Enter a roll call id, or follow a link from the group voting page.");
else
  void panel.run("Reading the roll call", async () => {
    const answer = await request<{ rollCall: RollCall | null }>("RollCallDetail", { id });
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
        rollCall.description ? h("p", { class: "description" }, rollCall.description) : null,
        h(
          "div",
          { class: "table-scroll" },
          table(
            ["State", "Vote"],
            votes.map((vote) => [
              h("span", {}, vote.country?.name ?? "?", " ", h("span", { class: "code" }, vote.country?.code ?? "")),
              h("span", { class: `badge position-${vote.position}` }, label(vote.position)),
            ]),
            `${count(rollCall.votes.totalCount)} votes`,
          ),
        ),
      ),
      csv: {
        filename: `roll-call-${rollCall.id}.csv`,
        table: { columns: ["code", "name", "position"], rows: votes.map((vote) => [vote.country?.code, vote.country?.name, vote.position]) },
      },
    };
  });
