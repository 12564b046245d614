/**
 * `npm run eval:whip [-- --sessions 50-80 | 60,70,72,74] [--similar 10] [--no-sponsors]`: the
 * whip sheet on whole held-out General Assembly sessions, through the gateway, beside three
 * spreadsheet baselines (baselines.ts), on the real record (the Voeten record to 2023 and the UN's
 * resolution files to 2026, from ../shared/data or the bundled snapshot). The sheet is given each
 * draft's sponsors where the UN's files name them. Starts the hub in this process on port 0 with
 * the record imported into a store in memory; prints per session, for 50–74 and 75–80, the accuracy,
 * per actual position, the share with no prediction, recall on defections, and calibration in
 * deciles. Sessions 78–80 are held out of all tuning: they are marked, and reported as they come.
 */
import "reflect-metadata";
import { importUnResolutionsInto, importUnVotes } from "../../../subgraphs/un-votes/import/import-un-votes.js";
import { ISSUE_BY_CODE } from "../../../subgraphs/un-votes/import/issues.js";
import { startHub } from "../../harness.js";
import { machine } from "../../bench/measure.js";
import { generalAssemblyRecord } from "../../shared-data.js";
import { BASELINES } from "./baselines.js";
import { evaluateSession, type Forecaster, type SessionResult } from "./evaluate.js";
import { loadHistory, VOTE_OF_NAME } from "./history.js";
import { percent, score, type Outcome } from "./metrics.js";

const WHIP_SHEET = `query WhipEvaluation($input: WhipSheetInput!) {
  whipSheet(input: $input) { expectedPosition members { country { code } predictedPosition confidence } }
}`;

function parseSessions(value: string): number[] {
  const sessions = value.split(",").flatMap((part) => {
    const range = /^(\d+)-(\d+)$/.exec(part.trim());
    if (range) return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i);
    if (/^\d+$/.test(part.trim())) return [Number(part.trim())];
    throw new Error(`--sessions: expected session numbers like 50-74 or 60,70,74, received "${value}"`);
  });
  if (sessions.some((s) => s < 5 || s > 80))
    throw new Error(`--sessions: expected sessions from 5 to 80 (four earlier sessions are needed, and the record ends with the 80th), received "${value}"`);
  return sessions;
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const sessions = parseSessions(option("sessions", "50-80"));
const similar = Number(option("similar", "10"));
const withSponsors = !process.argv.includes("--no-sponsors");
/** Never used to choose or tune anything: reported as they come. */
const HELD_OUT = new Set([78, 79, 80]);
const record = generalAssemblyRecord();

console.log(`whip sheet evaluation on ${machine()}`);
// Accuracy, not latency, is measured here: the first sheet of each cut-off replays six sessions for its calibration.
const hub = await startHub({ HUB_SUBGRAPH_TIMEOUT_MS: "120000" });
try {
  process.stdout.write(`importing the General Assembly record from ${record.from}… `);
  await importUnVotes(hub.stores["un-votes"], record.voeten, { progress: null });
  await importUnResolutionsInto(hub.stores["un-votes"], record.resolutions, { progress: null });
  const history = loadHistory(hub.stores["un-votes"]);
  console.log(`${history.length.toLocaleString("en")} roll calls`);

  let undescribed = 0;
  const whipSheet: Forecaster = async (question) => {
    // A roll call with no title, text or issue tags gives the sheet nothing to search by (it refuses such input): no prediction, counted as missed.
    if (!question.title.trim() && !question.description.trim() && question.issues.length === 0) {
      undescribed++;
      return { expected: null, members: new Map() };
    }
    const input = {
      memberCodes: question.codes,
      title: question.title,
      text: question.description,
      issues: question.issues.map((code) => ISSUE_BY_CODE.get(code)!.enumValue),
      sponsorCodes: withSponsors ? question.sponsors : [],
      similar,
      to: question.to,
    };
    const result = await hub.query(WHIP_SHEET, { input });
    if (result.errors) throw new Error(`whipSheet failed: ${JSON.stringify(result.errors).slice(0, 500)}`);
    const sheet = result.data.whipSheet as {
      expectedPosition: string | null;
      members: { country: { code: string } | null; predictedPosition: string | null; confidence: number | null }[];
    };
    const members = new Map(
      sheet.members
        .filter((m) => m.country)
        .map((m) => [m.country!.code, { predicted: m.predictedPosition ? VOTE_OF_NAME[m.predictedPosition]! : null, confidence: m.confidence }]),
    );
    return { expected: sheet.expectedPosition ? VOTE_OF_NAME[sheet.expectedPosition]! : null, members };
  };

  const results: SessionResult[] = [];
  const header = `${"session".padEnd(8)}${"roll calls".padStart(11)}${"votes".padStart(8)}${"whip sheet".padStart(12)}${"nearest".padStart(10)}${"issues".padStart(9)}${"frequent".padStart(10)}${"vs nearest".padStart(12)}${"no pred.".padStart(10)}${"yes".padStart(8)}${"no".padStart(8)}${"abstain".padStart(9)}${"defections".padStart(12)}${"conf.".padStart(7)}`;
  console.log(`\nsessions held out whole; precedents and baselines only from before each session's first roll call; ${similar} precedents per sheet\n`);
  console.log(header);
  const line = (label: string, result: Pick<SessionResult, "rollCalls" | "votes" | "forecaster" | "baselines">, distinct = "") => {
    const f = result.forecaster;
    const gap =
      f.overall.accuracy !== null && result.baselines.nearestTitle.overall.accuracy !== null
        ? `${((f.overall.accuracy - result.baselines.nearestTitle.overall.accuracy) * 100).toFixed(1)} pt`
        : "–";
    console.log(
      `${label.padEnd(8)}${String(result.rollCalls).padStart(11)}${result.votes.toLocaleString("en").padStart(8)}${percent(f.overall.accuracy).padStart(12)}` +
        `${BASELINES.map((name, i) => percent(result.baselines[name].overall.accuracy).padStart([10, 9, 10][i]!)).join("")}${gap.padStart(12)}${percent(f.noPrediction).padStart(10)}` +
        `${percent(f.byActual.YES.accuracy).padStart(8)}${percent(f.byActual.NO.accuracy).padStart(8)}${percent(f.byActual.ABSTAIN.accuracy).padStart(9)}${percent(f.defections.accuracy).padStart(12)}${distinct.padStart(7)}`,
    );
  };
  for (const session of sessions) {
    const result = await evaluateSession(history, session, whipSheet, (done, total) => {
      if (process.stdout.isTTY) process.stdout.write(`\rsession ${session}: ${done}/${total} roll calls`);
    });
    if (process.stdout.isTTY) process.stdout.write("\r".padEnd(60) + "\r");
    results.push(result);
    const distinct = new Set(result.outcomes.map((o) => o.confidence).filter((c) => c != null)).size;
    line(`${session}${HELD_OUT.has(session) ? " †" : ""}`, result, `${distinct}`);
  }

  const groups = [
    { label: "50–74", test: (s: number) => s <= 74 },
    { label: "75–80", test: (s: number) => s >= 75 },
    { label: "all", test: () => true },
  ];
  for (const group of groups) {
    const chosen = results.filter((r) => group.test(r.session));
    if (chosen.length === 0 || (group.label === "all" && chosen.length === results.filter((r) => r.session <= 74).length)) continue;
    const outcomes = chosen.flatMap((r) => r.outcomes);
    line(group.label, {
      rollCalls: chosen.reduce((sum, r) => sum + r.rollCalls, 0),
      votes: outcomes.length,
      forecaster: score(outcomes),
      baselines: Object.fromEntries(BASELINES.map((name) => [name, score(chosen.flatMap((r) => r.baselineOutcomes[name]))])) as SessionResult["baselines"],
    });
  }
  const all: Outcome[] = results.flatMap((r) => r.outcomes);
  console.log(
    `\n"yes", "no", "abstain": the whip sheet's accuracy on votes actually cast that way; "defections": its recall on votes that differ from the sheet's expected group position; ` +
      `"conf.": distinct confidence values stated in the session. † held out: sessions 78–80 were never used to choose or tune anything.` +
      `${withSponsors ? " The sheet was given each draft's sponsors where the UN's files name them (sessions 74 on)." : " Run without sponsors (--no-sponsors)."}`,
  );
  if (undescribed)
    console.log(
      `${undescribed} roll calls have no title, description or issue tags: the sheet cannot be asked about them, and their votes count as not predicted`,
    );
  const first = results.reduce((sum, r) => sum + r.ceiling.first, 0) / all.length;
  const anyOfThree = results.reduce((sum, r) => sum + r.ceiling.anyOfThree, 0) / all.length;
  console.log(
    `how far copying a state's own precedents can go (the nearest-title ranking of the four previous sessions): its vote on the most similar roll call it voted on was the vote it cast ${percent(first)} of the time; ` +
      `an oracle picking the right one of its three most similar would reach ${percent(anyOfThree)}`,
  );

  for (const group of groups.slice(0, 2)) {
    const outcomes = results.filter((r) => group.test(r.session)).flatMap((r) => r.outcomes);
    if (outcomes.length === 0) continue;
    console.log(`\ncalibration of the whip sheet, sessions ${group.label} (stated confidence against observed accuracy)`);
    console.log(`${"confidence".padEnd(14)}${"votes".padStart(9)}${"stated".padStart(9)}${"observed".padStart(10)}${"gap".padStart(9)}`);
    for (const decile of score(outcomes).calibration) {
      const gap = decile.meanConfidence !== null && decile.accuracy !== null ? `${((decile.accuracy - decile.meanConfidence) * 100).toFixed(1)} pt` : "–";
      console.log(
        `${`${decile.from.toFixed(1)}–${decile.to.toFixed(1)}`.padEnd(14)}${decile.n.toLocaleString("en").padStart(9)}${percent(decile.meanConfidence).padStart(9)}${percent(decile.accuracy).padStart(10)}${gap.padStart(9)}`,
      );
    }
  }
} finally {
  await hub.stop();
}
