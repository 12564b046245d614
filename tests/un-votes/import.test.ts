import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore, type UnVotesStore } from "../../subgraphs/un-votes/store.js";
import { FIXTURES } from "../shared-data.js";

const MINI = path.join(FIXTURES, "unvotes-mini");
const quiet = { progress: null };
const stores: UnVotesStore[] = [];
const dirs: string[] = [];

function store(): UnVotesStore {
  const opened = openUnVotesStore(":memory:");
  stores.push(opened);
  return opened;
}

/** A copy of the mini fixture with one file replaced. */
function fixtureWith(file: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unvotes-"));
  dirs.push(dir);
  for (const name of fs.readdirSync(MINI)) fs.copyFileSync(path.join(MINI, name), path.join(dir, name));
  fs.writeFileSync(path.join(dir, file), content);
  return dir;
}

afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("unvotes CSV import", () => {
  it("imports every row, keeping Namibia (NA) and the historical state without a code", async () => {
    const s = store();
    const reports = await importUnVotes(s, MINI, quiet);
    expect(reports.map((r) => [r.file, r.read, r.inserted, r.rejected.length])).toEqual([
      ["un_roll_calls.csv", 5, 5, 0],
      ["un_roll_call_issues.csv", 5, 5, 0],
      ["un_votes.csv", 21, 21, 0],
    ]);
    expect(reports.every((r) => r.balanced())).toBe(true);
    expect(s.counts()).toEqual({ rollCalls: 5, votes: 21, issueTags: 5, countries: 5 });
    const byCountry = s.db.prepare("SELECT country_code, count(*) AS n FROM vote GROUP BY country_code ORDER BY country_code").all();
    expect(byCountry).toEqual([
      { country_code: "FRA", n: 5 },
      { country_code: "GBR", n: 5 },
      { country_code: "NAM", n: 4 },
      { country_code: "USA", n: 5 },
      { country_code: "XWG", n: 2 },
    ]);
    // How the source named each country is kept.
    expect(s.db.prepare("SELECT source_name, source_code FROM vote_country_source WHERE country_code = 'XWG'").get()).toEqual({
      source_name: "Federal Republic of Germany",
      source_code: "",
    });
  });

  it("changes nothing when the same data is imported again, and counts updates when a vote changes", async () => {
    const s = store();
    await importUnVotes(s, MINI, quiet);
    const again = await importUnVotes(s, MINI, quiet);
    expect(again.map((r) => [r.inserted, r.updated, r.unchanged])).toEqual([
      [0, 0, 5],
      [0, 0, 5],
      [0, 0, 21],
    ]);
    const changed = fixtureWith("un_votes.csv", fs.readFileSync(path.join(MINI, "un_votes.csv"), "utf8").replace("4,France,FR,abstain", "4,France,FR,yes"));
    const updated = await importUnVotes(s, changed, quiet);
    expect([updated[2].inserted, updated[2].updated, updated[2].unchanged]).toEqual([0, 1, 20]);
    expect(s.db.prepare("SELECT vote FROM vote WHERE rcid = 4 AND country_code = 'FRA'").pluck().get()).toBe(1);
  });

  it("rejects bad rows with their line and reason and stores every good one", async () => {
    const votes = [
      "rcid,country,country_code,vote",
      "1,United States,US,yes",
      "1,Atlantis,QQ,yes",
      "99,France,FR,no",
      "2,France,FR,maybe",
      "x,France,FR,no",
      "3,Somewhere,,yes",
      "3,Namibia,NA,yes",
    ].join("\n");
    const rollCalls =
      fs.readFileSync(path.join(MINI, "un_roll_calls.csv"), "utf8") +
      '6,56,0,2001-02-30,,0,0,BAD DATE,"FIXTURE"\n7,-1,0,2001-04-01,,0,0,BAD SESSION,"FIXTURE"\n';
    const dir = fixtureWith("un_votes.csv", votes);
    fs.writeFileSync(path.join(dir, "un_roll_calls.csv"), rollCalls);
    const s = store();
    const [rc, , v] = await importUnVotes(s, dir, quiet);
    expect(rc.rejected).toEqual([
      { line: 7, reason: 'date: expected a date YYYY-MM-DD, received "2001-02-30"' },
      { line: 8, reason: 'session: expected a whole number from 1 to 500, received "-1"' },
    ]);
    expect(v.rejected).toEqual([
      { line: 3, reason: 'country code "QQ" (Atlantis) is not an ISO 3166-1 alpha-2 code the hub knows' },
      { line: 4, reason: "rcid: no roll call 99 in the roll calls file or the store" },
      { line: 5, reason: 'vote: expected yes, no or abstain, received "maybe"' },
      { line: 6, reason: 'rcid: expected a whole number from 1 to 9007199254740991, received "x"' },
      { line: 7, reason: 'country "Somewhere" has no code and is not a known historical state' },
    ]);
    expect([v.read, v.inserted]).toEqual([7, 2]);
    expect(s.counts().votes).toBe(2);
  });

  it("names the missing columns of a file that is not in the expected format, storing nothing", async () => {
    const dir = fixtureWith("un_votes.csv", "rcid,nation,ballot\n1,US,yes\n");
    const s = store();
    await expect(importUnVotes(s, dir, quiet)).rejects.toThrow(
      "un_votes.csv: expected columns rcid, country, country_code, vote; received rcid, nation, ballot (missing country, country_code, vote)",
    );
    expect(s.counts().votes).toBe(0);
  });

  it("keeps whole committed batches and never part of one when the input breaks off", async () => {
    const good = fs.readFileSync(path.join(MINI, "un_votes.csv"), "utf8").trimEnd().split("\n");
    // Ten good rows, then a row whose quote never closes: the CSV reader fails there.
    const broken = [...good.slice(0, 11), '5,"Unclosed quote,US,yes', ...good.slice(11)].join("\n");
    const s = store();
    await expect(importUnVotes(s, fixtureWith("un_votes.csv", broken), { ...quiet, batchSize: 4 })).rejects.toThrow(/not readable as CSV/);
    // Two batches of four were committed; the two rows of the unfinished batch were not.
    expect(s.counts().votes).toBe(8);
  });

  it("says what it expected when the source does not exist", async () => {
    await expect(importUnVotes(store(), "/nonexistent/unvotes", quiet)).rejects.toThrow(
      'expected a folder with the unvotes CSV files, a UN Digital Library .csv file, a URL or "upstream"; found nothing at /nonexistent/unvotes',
    );
  });
});

describe("UN Digital Library import", () => {
  it("merges a resolution the unvotes data already has, adds new ones, and keeps non-voting marks apart from votes", async () => {
    const s = store();
    await importUnVotes(s, MINI, quiet);
    const [report] = await importUnVotes(s, path.join(FIXTURES, "undl-mini.csv"), quiet);
    expect({ read: report.read, inserted: report.inserted, unchanged: report.unchanged, skipped: report.skipped }).toEqual({
      read: 12,
      inserted: 6,
      unchanged: 3,
      skipped: 2,
    });
    expect(report.rejected).toEqual([{ line: 12, reason: 'ms_code: expected an ISO 3166-1 alpha-3 code the hub knows, received "ZZZ" (NOWHERE)' }]);
    expect(report.balanced()).toBe(true);
    // Merged into roll call 3 (A/RES/56/10 = R/56/10, same day): Germany's vote added there.
    expect(s.db.prepare("SELECT vote FROM vote WHERE rcid = 3 AND country_code = 'DEU'").pluck().get()).toBe(1);
    expect(s.db.prepare("SELECT rcid, source, session FROM roll_call WHERE rcid > 5 ORDER BY rcid").all()).toEqual([
      { rcid: 1_000_004_002, source: "undl", session: 78 },
      { rcid: 1_000_004_003, source: "undl", session: 79 },
    ]);
    expect(s.db.prepare("SELECT country_code FROM non_vote ORDER BY country_code").pluck().all()).toEqual(["GBR", "VEN"]);
    const again = await importUnVotes(s, path.join(FIXTURES, "undl-mini.csv"), quiet);
    expect([again[0].inserted, again[0].updated]).toEqual([0, 0]);
  });
});
