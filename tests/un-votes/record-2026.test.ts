/**
 * The General Assembly record to June 2026 from its two sources (../shared/data, else the bundled
 * snapshot of the same files): counts per session worked out here straight from the files, with
 * their own reading of them and not the importer's, equal the hub's; the known votes and the
 * known defects are where they should be.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileReport } from "../../subgraphs/shared/import/report.js";
import { importUnResolutionsInto, importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { resolveUnName } from "../../subgraphs/un-votes/import/un-names.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { generalAssemblyRecord } from "../shared-data.js";

const record = generalAssemblyRecord();
const store = openUnVotesStore(":memory:");
let voetenReports: FileReport[] = [];
let resolutionReports: FileReport[] = [];

const readGz = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file) : zlib.gunzipSync(fs.readFileSync(`${file}.gz`))).toString("utf8");
const csv = (name: string) => {
  const file = path.join(record.voeten, name);
  const text = fs.existsSync(`${file}.gz`) ? zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).toString("utf8") : fs.readFileSync(file, "utf8");
  return parse(text, { columns: true }) as Record<string, string>[];
};
type Resolution = { symbol: string; adoption_date: string; adoption_type: string; MS_in_favour: string[]; MS_against: string[]; MS_abstaining: string[] };
const resolutions = (): Resolution[] =>
  fs
    .readdirSync(record.resolutions)
    .filter((name) => /\.json(\.gz)?$/.test(name))
    .flatMap((name) =>
      readGz(path.join(record.resolutions, name.replace(/\.gz$/, "")))
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Resolution),
    );

/** This test's own reading of a written-out date ("2 March 2022", "2019-11-07 00:00:00"). */
function day(text: string): string {
  const clean = text.replace(/\u00a0/g, " ").trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(clean)) return clean.slice(0, 10);
  const parsed = new Date(`${clean} UTC`);
  return parsed.toISOString().slice(0, 10);
}
/** Symbols compared on letters and digits only, one the prefix of the other ("77/263" and "77/263A" name one vote). */
const bare = (symbol: string) =>
  symbol
    .toUpperCase()
    .replace(/^A\/RES\/|^R\//, "")
    .replace(/[^A-Z0-9]/g, "");

beforeAll(async () => {
  voetenReports = await importUnVotes(store, record.voeten, { progress: null });
  resolutionReports = await importUnResolutionsInto(store, record.resolutions, { progress: null });
}, 240_000);
afterAll(() => store.close());

describe("the General Assembly record to June 2026", () => {
  it("holds per session the Voeten roll calls and votes, and the UN's recorded votes the Voeten record lacks, each once", () => {
    const voetenRollCalls = csv("un_roll_calls.csv");
    const sessionOf = new Map(voetenRollCalls.map((row) => [row.rcid, Number(row.session)]));
    const expected = new Map<number, { rollCalls: number; votes: number }>();
    const add = (session: number, rollCalls: number, votes: number) => {
      const entry = expected.get(session) ?? { rollCalls: 0, votes: 0 };
      entry.rollCalls += rollCalls;
      entry.votes += votes;
      expected.set(session, entry);
    };
    for (const row of voetenRollCalls) add(Number(row.session), 1, 0);
    for (const row of csv("un_votes.csv")) add(sessionOf.get(row.rcid)!, 0, 1);
    // The UN's recorded votes with lists of states, those not in the Voeten record on the same day.
    const voetenByDay = new Map<string, string[]>();
    for (const row of voetenRollCalls) voetenByDay.set(row.date, [...(voetenByDay.get(row.date) ?? []), bare(row.unres)]);
    const seen = new Set<string>();
    for (const resolution of resolutions()) {
      if (resolution.adoption_type !== "By a recorded vote") continue;
      const date = day(resolution.adoption_date);
      const symbol = bare(resolution.symbol);
      if (seen.has(`${symbol}@${date}`)) continue;
      seen.add(`${symbol}@${date}`);
      const sameDay = voetenByDay.get(date) ?? [];
      if (sameDay.some((other) => other.startsWith(symbol) || symbol.startsWith(other))) continue;
      const states = new Set([...resolution.MS_in_favour, ...resolution.MS_against, ...resolution.MS_abstaining].map((name) => resolveUnName(name)));
      if (states.size === 0) continue;
      // Emergency and special sessions count in the regular session in progress: the session opens in September.
      const regular = /^A\/RES\/(\d+)\//.exec(resolution.symbol);
      const session = regular ? Number(regular[1]) : Number(date.slice(0, 4)) - 1945 - (date.slice(5) < "09-05" ? 1 : 0);
      add(session, 1, states.size);
    }
    const held = new Map(
      (
        store.db
          .prepare(
            "SELECT r.session, count(DISTINCT r.rcid) AS rollCalls, count(v.rcid) AS votes FROM roll_call r LEFT JOIN vote v USING (rcid) GROUP BY r.session",
          )
          .all() as {
          session: number;
          rollCalls: number;
          votes: number;
        }[]
      ).map((row) => [row.session, { rollCalls: row.rollCalls, votes: row.votes }]),
    );
    expect(held).toEqual(expected);
    expect(Math.max(...held.keys())).toBe(80);
  });

  it("has no roll call twice in sessions 74–80: one per resolution and day among the votes on whole resolutions", () => {
    const twice = store.db
      .prepare(
        `SELECT upper(replace(replace(replace(replace(replace(resolution, 'A/RES/', ''), 'R/', ''), ' ', ''), '[', ''), ']', '')) AS symbol, date, count(*) AS n
         FROM roll_call WHERE session >= 74 AND coalesce(amendment, 0) = 0 AND coalesce(paragraph, 0) = 0 AND resolution IS NOT NULL
         GROUP BY 1, 2 HAVING n > 1`,
      )
      .all();
    expect(twice).toEqual([]);
  });

  it("records A/RES/ES-11/1 on Ukraine as 141 in favour, 5 against and 35 abstaining, the Russian Federation against", () => {
    const rollCall = store.db.prepare("SELECT rcid, session, special_session, source FROM roll_call WHERE resolution = 'A/RES/ES-11/1'").get() as {
      rcid: number;
      session: number;
      special_session: string;
      source: string;
    };
    expect(rollCall).toMatchObject({ session: 76, special_session: "ES-11", source: "un-resolutions" });
    const tally = Object.fromEntries(
      (store.db.prepare("SELECT vote, count(*) AS n FROM vote WHERE rcid = ? GROUP BY vote").all(rollCall.rcid) as { vote: number; n: number }[]).map((row) => [
        row.vote,
        row.n,
      ]),
    );
    expect(tally).toEqual({ 1: 141, 2: 5, 3: 35 });
    expect(store.db.prepare("SELECT vote FROM vote WHERE rcid = ? AND country_code = 'RUS'").pluck().get(rollCall.rcid)).toBe(2);
    expect(store.db.prepare("SELECT count(*) FROM roll_call_sponsor WHERE rcid = ? AND country_code = 'UKR'").pluck().get(rollCall.rcid)).toBe(1);
  });

  it("files Serbia's votes under SRB and nothing under YUG after 4 February 2003", () => {
    const count = (sql: string) => store.db.prepare(sql).pluck().get() as number;
    expect(count("SELECT count(*) FROM vote JOIN roll_call USING (rcid) WHERE country_code = 'SRB' AND session = 79")).toBeGreaterThan(90);
    expect(count("SELECT count(*) FROM vote JOIN roll_call USING (rcid) WHERE country_code = 'YUG' AND date >= '2003-02-04'")).toBe(0);
    expect(count("SELECT count(*) FROM vote JOIN roll_call USING (rcid) WHERE country_code = 'SCG' AND (date < '2003-02-04' OR date >= '2006-06-05')")).toBe(0);
    expect(count("SELECT count(*) FROM vote JOIN roll_call USING (rcid) WHERE country_code = 'SRB' AND date < '2006-06-05'")).toBe(0);
    // Every vote the source names Yugoslavia is on one of the three.
    const yugoslavia = csv("un_votes.csv").filter((row) => row.country_code === "YU").length;
    expect(count("SELECT count(*) FROM vote JOIN roll_call USING (rcid) WHERE country_code IN ('YUG', 'SCG', 'SRB') AND source = 'unvotes'")).toBe(yugoslavia);
  });

  it("resolves every state named in the UN's vote lists; members not named cast no vote", () => {
    const names = new Set(resolutions().flatMap((r) => [...r.MS_in_favour, ...r.MS_against, ...r.MS_abstaining]));
    expect(names.size).toBeGreaterThan(190);
    expect([...names].filter((name) => resolveUnName(name) === null)).toEqual([]);
    expect(resolutionReports.reduce((sum, report) => sum + report.rejected.length, 0)).toBe(0);
    // An ES-11 vote: 181 states named, so 12 members absent and without a row.
    const rcid = store.db.prepare("SELECT rcid FROM roll_call WHERE resolution = 'A/RES/ES-11/1'").pluck().get();
    expect(store.db.prepare("SELECT count(*) FROM vote WHERE rcid = ?").pluck().get(rcid)).toBe(181);
  });

  it("reports the roll call whose tallies differ between the sources, and the sources' known defects", () => {
    const notes = resolutionReports.flatMap((report) => report.notes).join("\n");
    expect(notes).toMatch(
      /1 roll calls recorded by both sources with different tallies: A\/RES\/77\/293 \(2023-06-07\): roll call \d+ holds 100-9-59, the UN's file lists 100-9-58/,
    );
    expect(notes).toMatch(/A\/RES\/75\/290 A: \d+ states listed more than once/);
    expect(notes).toMatch(/every vote falls within its state's existence/);
    // The Voeten record's votes outside their state's existence: three states, reported, kept.
    const voetenNotes = voetenReports.flatMap((report) => report.notes).join("\n");
    expect(voetenNotes).toMatch(/votes filed under XNY .* fall outside its existence/);
    expect(voetenNotes).toMatch(/84 votes filed under XWG .* fall outside its existence, 1990-11-03 to 1990-12-06/);
  });

  it("says which source each roll call came from, and links the sponsors of the votes both record", () => {
    const bySource = Object.fromEntries(
      (
        store.db.prepare("SELECT source || ':' || in_un_resolutions AS kind, count(*) AS n FROM roll_call WHERE session >= 74 GROUP BY 1").all() as {
          kind: string;
          n: number;
        }[]
      ).map((row) => [row.kind, row.n]),
    );
    expect(bySource["unvotes:1"]).toBeGreaterThan(340);
    expect(bySource["un-resolutions:0"]).toBeGreaterThan(370);
    const sponsored = store.db
      .prepare("SELECT count(DISTINCT rcid) FROM roll_call_sponsor JOIN roll_call USING (rcid) WHERE source = 'unvotes'")
      .pluck()
      .get() as number;
    expect(sponsored).toBeGreaterThan(300);
  });
});
