/**
 * A state's General Assembly record: its votes per session, how often it voted with a body's
 * position and how closely with chosen states over time and by issue, its defections from each
 * body it belongs to, and its most isolated votes.
 */
import { partialSessions } from "../lib/charts.js";
import { agreementOverTimeChart, votesBySessionChart, type AgreementPoint } from "../lib/country-charts.js";
import { h, table } from "../lib/dom.js";
import { count, label, percent, plural } from "../lib/format.js";
import { describeErrors, request, type Answer, type ResultOf } from "../lib/graphql.js";
import { rollCallHref, type Period } from "../lib/group.js";
import { Unavailable, type PanelContent, type Progress } from "../lib/panel.js";
import { allPages } from "../lib/paging.js";

type BodyAgreement = NonNullable<ResultOf<"CountryBodyAgreement">["body"]>;
type Defections = NonNullable<BodyAgreement["generalAssemblyVoting"]>["defections"][number];
type StateAgreement = NonNullable<NonNullable<ResultOf<"CountryAgreementWith">["country"]>["agreement"]>;

export async function votesBySession(code: string, period: Period, width: number): Promise<PanelContent> {
  const answer = await request("CountryVotesBySession", { code, ...period });
  const sessions = answer.data?.country?.votesBySession;
  if (!sessions) throw new Unavailable(describeErrors(answer.errors) || "the hub returned no record for this state");
  const cast = sessions.reduce((sum, s) => sum + s.yes + s.no + s.abstain, 0);
  if (cast === 0) throw new Unavailable("this state cast no recorded vote in the period");
  const held = sessions.reduce((sum, s) => sum + s.rollCallCount, 0);
  return {
    content: h(
      "div",
      {},
      h("p", { class: "figure" }, `${count(cast)} votes cast on ${count(held)} roll calls held in ${plural(sessions.length, "session")}.`),
      h("figure", { "data-chart": "votes-by-session", "data-marks": sessions.length }, votesBySessionChart(sessions, width)),
    ),
    csv: {
      filename: `votes-by-session-${code}.csv`,
      table: { columns: ["session", "rollCallCount", "yes", "no", "abstain"], rows: sessions.map((s) => [s.session, s.rollCallCount, s.yes, s.no, s.abstain]) },
    },
  };
}

/**
 * The state's entry in a body's group voting, members counted on each roll call's date; null when it
 * never belonged. Asked once per body and period on a page: the agreement, issue and defection panels share it.
 */
const bodyAgreements = new Map<string, Promise<{ body: BodyAgreement; entry: Defections | null }>>();

export function bodyAgreement(code: string, bodyId: string, period: Period): Promise<{ body: BodyAgreement; entry: Defections | null }> {
  const key = JSON.stringify([code, bodyId, period]);
  let answer = bodyAgreements.get(key);
  if (!answer) bodyAgreements.set(key, (answer = readBodyAgreement(code, bodyId, period)));
  return answer;
}

async function readBodyAgreement(code: string, bodyId: string, period: Period): Promise<{ body: BodyAgreement; entry: Defections | null }> {
  const answer = await request("CountryBodyAgreement", { code, bodyId, ...period });
  const body = answer.data?.body;
  if (!body) throw new Unavailable(describeErrors(answer.errors) || `no body has the id ${JSON.stringify(bodyId)}`);
  if (!body.generalAssemblyVoting) throw new Unavailable(describeErrors(answer.errors) || `no voting record for ${body.name ?? bodyId}`);
  return { body, entry: body.generalAssemblyVoting.defections[0] ?? null };
}

async function stateAgreement(code: string, withCode: string, period: Period): Promise<StateAgreement> {
  const answer: Answer<ResultOf<"CountryAgreementWith">> = await request("CountryAgreementWith", { code, withCode, ...period });
  const agreement = answer.data?.country?.agreement;
  if (!agreement) throw new Unavailable(describeErrors(answer.errors) || `no comparison with ${withCode}`);
  return agreement;
}

export async function agreementOverTime(code: string, bodyId: string | null, others: string[], period: Period, width: number): Promise<PanelContent> {
  const points: AgreementPoint[] = [];
  const rows: (string | number | null)[][] = [];
  const notes: string[] = [];
  if (bodyId) {
    const { body, entry } = await bodyAgreement(code, bodyId, period);
    const name = body.name ?? body.id;
    if (!entry) notes.push(`${code} was never among ${name}'s members, so its votes are not part of that position; choose a body it belongs to.`);
    else {
      const series = `With ${name}'s position`;
      for (const s of entry.bySession) {
        if (s.defectionShare === null) continue;
        points.push({ series, session: s.session, value: 1 - s.defectionShare, rollCallCount: s.comparedRollCallCount });
        rows.push([series, s.session, 1 - s.defectionShare, s.comparedRollCallCount]);
      }
      if (entry.defectionShare !== null)
        notes.push(`With ${name}'s position on ${percent(1 - entry.defectionShare)} of ${count(entry.comparedRollCallCount)} roll calls over the period.`);
      else if (body.generalAssemblyVoting?.coverage.note) notes.push(body.generalAssemblyVoting.coverage.note);
    }
  }
  for (const other of others) {
    const agreement = await stateAgreement(code, other, period);
    const series = `With ${agreement.withCountry?.name ?? other}`;
    for (const s of agreement.bySession) {
      if (s.agreement === null) continue;
      points.push({ series, session: s.session, value: s.agreement, rollCallCount: s.rollCallCount });
      rows.push([series, s.session, s.agreement, s.rollCallCount]);
    }
    notes.push(`${series}: ${percent(agreement.agreement)} over ${count(agreement.rollCallCount)} roll calls both voted on.`);
  }
  if (points.length === 0) throw new Unavailable(notes.join(" ") || "nothing to compare in this period");
  // Per series, a session resting on few roll calls is marked, by the rule the cohesion chart uses (partialSessions).
  const thin: string[] = [];
  for (const series of new Set(points.map((p) => p.series))) {
    const own = points.filter((p) => p.series === series);
    const partial = partialSessions(
      own.map((p) => ({ session: p.session, countedRollCallCount: p.rollCallCount })),
      { latestSession: null, latestRecordDate: null },
    );
    for (const point of own) {
      point.partial = partial.has(point.session);
      if (point.partial) thin.push(`${series.replace(/^With /, "with ")}, session ${point.session}: ${plural(point.rollCallCount, "roll call")}`);
    }
  }
  if (thin.length > 0) notes.push(`Hollow dots rest on few roll calls (${thin.join("; ")}).`);
  return {
    content: h(
      "div",
      {},
      notes.map((note) => h("p", { class: "figure" }, note)),
      h("figure", { "data-chart": "agreement-over-time", "data-marks": points.length }, agreementOverTimeChart(points, width)),
    ),
    csv: { filename: `agreement-over-time-${code}.csv`, table: { columns: ["series", "session", "agreement", "rollCallCount"], rows } },
  };
}

export async function byIssue(code: string, bodyId: string, period: Period): Promise<PanelContent> {
  const { body, entry } = await bodyAgreement(code, bodyId, period);
  const name = body.name ?? body.id;
  if (!entry) throw new Unavailable(`${code} was never among ${name}'s members; choose a body it belongs to`);
  if (entry.byIssue.length === 0) throw new Unavailable("no roll call of the period carries an issue tag");
  return {
    content: table(
      ["Issue", "Compared", "Defections", `With ${name}'s position`],
      entry.byIssue.map((row) => [
        label(row.issue),
        count(row.comparedRollCallCount),
        count(row.defectionCount),
        percent(row.defectionShare === null ? null : 1 - row.defectionShare),
      ]),
      `Votes with ${name}'s position, by issue`,
    ),
    csv: {
      filename: `by-issue-${code}-${bodyId}.csv`,
      table: {
        columns: ["issue", "comparedRollCallCount", "defectionCount", "defectionShare"],
        rows: entry.byIssue.map((row) => [row.issue, row.comparedRollCallCount, row.defectionCount, row.defectionShare]),
      },
    },
  };
}

/** Its defections from each body it belongs to, one request per body, with a link to each body's group voting page. */
export async function defectionsByBody(code: string, bodies: { id: string; name: string }[], period: Period, progress: Progress): Promise<PanelContent> {
  if (bodies.length === 0) throw new Unavailable("it belongs to none of the bodies whose members are known today");
  const rows: { id: string; name: string; entry: Defections | null; problem: string | null }[] = [];
  for (const body of bodies) {
    progress(rows.length, bodies.length, "bodies");
    try {
      rows.push({ ...body, ...(await bodyAgreement(code, body.id, period)), problem: null });
    } catch (error) {
      rows.push({ ...body, entry: null, problem: (error as Error).message });
    }
  }
  const whipsHref = (id: string) => `/whips?${new URLSearchParams({ group: "body", body: id, ...periodParameters(period) })}`;
  return {
    content: table(
      ["Body", "Compared", "Defections", "Share"],
      rows.map((row) => [
        h("a", { href: whipsHref(row.id) }, row.name),
        row.entry ? count(row.entry.comparedRollCallCount) : (row.problem ?? "not a member today"),
        row.entry ? count(row.entry.defectionCount) : "",
        row.entry ? percent(row.entry.defectionShare) : "",
      ]),
      "Defections from each body's position (the plurality of its members' votes)",
    ),
    csv: {
      filename: `defections-by-body-${code}.csv`,
      table: {
        columns: ["bodyId", "body", "comparedRollCallCount", "defectionCount", "defectionShare"],
        rows: rows.map((row) => [row.id, row.name, row.entry?.comparedRollCallCount, row.entry?.defectionCount, row.entry?.defectionShare]),
      },
    },
  };
}

type CountryVote = NonNullable<NonNullable<ResultOf<"CountryVotes">["country"]>["votes"]>["nodes"][number];

/** The share of the states voting that voted as this one did: the lower, the more alone it stood. */
function company(vote: CountryVote): number {
  const { yes, no, abstain } = vote.rollCall;
  const same = vote.position === "YES" ? yes : vote.position === "NO" ? no : abstain;
  return same / Math.max(1, yes + no + abstain);
}

const ISOLATED_SHOWN = 15;

export async function isolatedVotes(code: string, period: Period, progress: Progress): Promise<PanelContent> {
  const read = await allPages(
    "CountryVotes",
    { code, filter: { ...period }, first: 500 },
    (data) => data.country?.votes,
    (done, total) => progress(done, total, "votes"),
  );
  if (!read.complete) throw new Unavailable(describeErrors(read.errors) || "the hub returned no votes for this state");
  const votes: CountryVote[] = read.nodes;
  if (votes.length === 0) throw new Unavailable("this state cast no recorded vote in the period");
  const ranked = [...votes].sort((a, b) => company(a) - company(b) || b.rollCall.date.localeCompare(a.rollCall.date));
  return {
    content: h(
      "div",
      {},
      h(
        "p",
        { class: "figure" },
        `The ${Math.min(ISOLATED_SHOWN, ranked.length)} of its ${count(votes.length)} votes in which the fewest states voted as it did.`,
      ),
      table(
        ["Date", "Roll call", "Its vote", "Voted the same"],
        ranked
          .slice(0, ISOLATED_SHOWN)
          .map((vote) => [
            h("span", { class: "nowrap" }, vote.rollCall.date),
            h(
              "a",
              { href: rollCallHref(vote.rollCall.id, null, code) },
              vote.rollCall.resolution ?? `roll call ${vote.rollCall.id}`,
              vote.rollCall.shortTitle ? ` ${vote.rollCall.shortTitle}` : "",
            ),
            h("span", { class: `badge position-${vote.position}` }, label(vote.position)),
            percent(company(vote)),
          ]),
        "Its most isolated votes",
      ),
    ),
    csv: {
      filename: `votes-${code}.csv`,
      table: {
        columns: ["rollCallId", "date", "session", "resolution", "title", "position", "yes", "no", "abstain", "votedTheSame"],
        rows: ranked.map((vote) => [
          vote.rollCall.id,
          vote.rollCall.date,
          vote.rollCall.session,
          vote.rollCall.resolution,
          vote.rollCall.shortTitle,
          vote.position,
          vote.rollCall.yes,
          vote.rollCall.no,
          vote.rollCall.abstain,
          company(vote),
        ]),
      },
    },
  };
}

/** The /whips form's period fields for a period: a session, dates, or none (the whole record). */
function periodParameters(period: { session?: number | null; from?: string | null; to?: string | null }): Record<string, string> {
  if (period.session) return { period: "session", session: String(period.session) };
  if (period.from || period.to) return { period: "dates", from: period.from ?? "", to: period.to ?? "" };
  return {};
}
