/**
 * The UN's resolution files beside the unvotes data, on made-up fixtures (tests/fixtures): a vote
 * both record is matched, whatever the order of the imports; a vote only the UN's files record
 * becomes a roll call of its own; names, sponsors, defects and bad input are handled as said.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { importUnResolutionsInto, importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { parseSponsors } from "../../subgraphs/un-votes/import/sponsors.js";
import { resolveUnName } from "../../subgraphs/un-votes/import/un-names.js";
import { parseAdoptionDate, parseSymbol, resolutionKey, rollCallIdOf } from "../../subgraphs/un-votes/import/resolution-symbols.js";
import { openUnVotesStore, UN_VOTES_MIGRATIONS, type UnVotesStore } from "../../subgraphs/un-votes/store.js";
import { openStore } from "../../subgraphs/shared/store.js";
import { ImportError } from "../../subgraphs/shared/import/source.js";
import { FIXTURES } from "../shared-data.js";

const VOETEN = path.join(FIXTURES, "unvotes-mini");
const UN = path.join(FIXTURES, "un-ga-resolutions-mini");
const quiet = { progress: null };
const stores: UnVotesStore[] = [];
const dirs: string[] = [];

function store(file = ":memory:"): UnVotesStore {
  const opened = openUnVotesStore(file);
  stores.push(opened);
  return opened;
}
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "un-resolutions-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const rows = (s: UnVotesStore, sql: string, ...params: unknown[]) => s.db.prepare(sql).all(...params);
const ES11 = 100_000_000 + 911 * 100_000 + 1 * 10;

describe("the UN's resolution files", () => {
  it("match a vote the unvotes data holds (sponsors added, votes kept) and add the one it lacks, with its votes, sponsors and tags", async () => {
    const s = store();
    await importUnVotes(s, VOETEN, quiet);
    const reports = await importUnResolutionsInto(s, UN, quiet);
    expect(reports.map((r) => [r.file, r.read, r.inserted, r.updated, r.unchanged, r.skipped, r.rejected.length])).toEqual([
      ["56.json", 2, 0, 1, 0, 1, 0],
      ["ES-11.json", 1, 1, 0, 0, 0, 0],
    ]);
    // Roll call 5 keeps its five Voeten votes and gains the sponsors, "on behalf of" dropped, Côte d'Ivoire resolved.
    expect(rows(s, "SELECT count(*) AS n FROM vote WHERE rcid = 5")).toEqual([{ n: 5 }]);
    expect(rows(s, "SELECT country_code, kind FROM roll_call_sponsor WHERE rcid = 5 ORDER BY country_code")).toEqual([
      { country_code: "CIV", kind: "additional" },
      { country_code: "FRA", kind: "sponsor" },
      { country_code: "NAM", kind: "sponsor" },
    ]);
    expect(rows(s, "SELECT source, in_un_resolutions FROM roll_call WHERE rcid = 5")).toEqual([{ source: "unvotes", in_un_resolutions: 1 }]);
    // The ES-11 vote: its id from its symbol, session 76 in progress, the United States listed twice counted once, TÜRKİYE resolved.
    expect(rows(s, "SELECT rcid, session, special_session, source, date, short_title FROM roll_call WHERE rcid = ?", ES11)).toEqual([
      { rcid: ES11, session: 76, special_session: "ES-11", source: "un-resolutions", date: "2022-03-02", short_title: "A made-up emergency vote (fixture)" },
    ]);
    expect(rows(s, "SELECT country_code, vote FROM vote WHERE rcid = ? ORDER BY country_code", ES11)).toEqual([
      { country_code: "GBR", vote: 1 },
      { country_code: "RUS", vote: 2 },
      { country_code: "SRB", vote: 3 },
      { country_code: "TUR", vote: 1 },
      { country_code: "USA", vote: 1 },
    ]);
    expect(rows(s, "SELECT issue FROM roll_call_issue WHERE rcid = ?", ES11)).toEqual([{ issue: "hr" }]);
    expect(rows(s, "SELECT country_code FROM roll_call_sponsor WHERE rcid = ? ORDER BY country_code", ES11).map((r: any) => r.country_code)).toEqual([
      "ATG",
      "GBR",
      "KNA",
      "NLD",
      "USA",
    ]);
    const notes = reports.flatMap((r) => r.notes).join("\n");
    expect(notes).toMatch(/A\/RES\/ES-11\/1: 1 states listed more than once, each counted once/);
    // Its counts (3-1-1) agree with its lists once the repeated name is counted once: no note of a difference.
    expect(notes).not.toMatch(/ES-11\/1: the file counts/);
  });

  it("changes nothing on a second import, and says so", async () => {
    const s = store();
    await importUnVotes(s, VOETEN, quiet);
    await importUnResolutionsInto(s, UN, quiet);
    const again = await importUnResolutionsInto(s, UN, quiet);
    expect(again.map((r) => [r.inserted, r.updated, r.unchanged])).toEqual([
      [0, 0, 1],
      [0, 0, 1],
    ]);
  });

  it("counts no vote twice when the UN's files come first: the unvotes roll call takes over the same vote", async () => {
    const first = store();
    await importUnVotes(first, VOETEN, quiet);
    await importUnResolutionsInto(first, UN, quiet);
    const reversed = store();
    await importUnResolutionsInto(reversed, UN, quiet);
    // Alone, the UN's file has no lists for A/RES/56/30 (the fixture's are empty): no roll call is made for it.
    expect(rows(reversed, "SELECT count(*) AS n FROM roll_call")).toEqual([{ n: 1 }]);
    const reports = await importUnVotes(reversed, VOETEN, quiet);
    const dump = (s: UnVotesStore) => ({
      rollCalls: rows(s, "SELECT rcid, source, in_un_resolutions FROM roll_call ORDER BY rcid"),
      votes: rows(s, "SELECT count(*) AS n FROM vote"),
    });
    // Sponsors of A/RES/56/30 are lost in this order only because no roll call held them; the votes agree.
    expect(dump(reversed).votes).toEqual(dump(first).votes);
    expect(dump(reversed).rollCalls.map((r: any) => r.rcid)).toEqual(dump(first).rollCalls.map((r: any) => r.rcid));
    expect(reports.flatMap((r) => r.notes).join("\n")).not.toMatch(/gave way/);
  });

  it("lets a UN-only roll call give way when the unvotes data later records the same vote", async () => {
    const dir = tempDir();
    // The made-up ES-11 vote, also in a made-up unvotes triple under its own rcid.
    fs.writeFileSync(
      path.join(dir, "un_roll_calls.csv"),
      'rcid,session,importantvote,date,unres,amend,para,short,descr\n9500,76,0,2022-03-02,A/RES/ES-11/1,0,0,"UKRAINE, FIXTURE","FIXTURE"\n',
    );
    fs.writeFileSync(path.join(dir, "un_roll_call_issues.csv"), "rcid,short_name,issue\n");
    fs.writeFileSync(path.join(dir, "un_votes.csv"), "rcid,country,country_code,vote\n9500,United States,US,yes\n9500,Russia,RU,no\n");
    const s = store();
    await importUnResolutionsInto(s, UN, quiet);
    expect(rows(s, "SELECT rcid FROM roll_call")).toEqual([{ rcid: ES11 }]);
    const reports = await importUnVotes(s, dir, quiet);
    expect(reports.at(-1)!.notes.join("\n")).toMatch(/1 roll calls made from the UN's resolution files are recorded by this source too and gave way to it/);
    expect(rows(s, "SELECT rcid, source, in_un_resolutions FROM roll_call")).toEqual([{ rcid: 9500, source: "unvotes", in_un_resolutions: 1 }]);
    expect(rows(s, "SELECT count(*) AS n FROM vote")).toEqual([{ n: 2 }]);
    expect(rows(s, "SELECT count(*) AS n FROM roll_call_sponsor WHERE rcid = 9500")).toEqual([{ n: 5 }]);
  });

  it("rejects a resolution naming a state it cannot resolve, with the name, and a file that is not JSON lines, storing nothing from it", async () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "79.json"),
      `${JSON.stringify({ symbol: "A/RES/79/1", adoption_date: "1 October 2024", adoption_type: "By a recorded vote", MS_in_favour: ["FREEDONIA"], MS_against: [], MS_abstaining: [] })}\n`,
    );
    const s = store();
    const [report] = await importUnResolutionsInto(s, dir, quiet);
    expect(report.rejected).toEqual([{ line: 1, reason: 'A/RES/79/1: expected the name of a UN member state, received "FREEDONIA"' }]);
    expect(rows(s, "SELECT count(*) AS n FROM roll_call")).toEqual([{ n: 0 }]);
    fs.writeFileSync(path.join(dir, "79.json"), "{not json\n");
    await expect(importUnResolutionsInto(s, dir, quiet)).rejects.toThrow(ImportError);
    await expect(importUnResolutionsInto(s, dir, quiet)).rejects.toThrow(/79\.json: line 1 is not a JSON object/);
    await expect(importUnResolutionsInto(s, path.join(dir, "missing"), quiet)).rejects.toThrow(/expected a folder with the UN's resolution files/);
  });

  it("resolves the UN's names, their variants and slips, and splits sponsor entries into states", () => {
    for (const [name, code] of [
      ["NETHERLANDS (KINGDOM OF THE)", "NLD"],
      ["TÜRKİYE", "TUR"],
      ["TÜRKÝYE", "TUR"],
      ["TURKEY", "TUR"],
      ["CÔTE D’IVOIRE", "CIV"],
      ["THE REPUBLIC OF MOLDOVA", "MDA"],
      ["GE RMANY", "DEU"],
      ["VIET NAM", "VNM"],
      ["STATE OF PALESTINE", "PSE"],
      ["DEMOCRATIC PEOPLE’S REPUBLIC OF KOREA", "PRK"],
    ])
      expect(resolveUnName(name), name).toBe(code);
    expect(resolveUnName("FREEDONIA")).toBeNull();
    expect(
      parseSponsors([
        "MAURITANIA AND UNITED REPUBLIC OF TANZANIA",
        "ANTIGUA AND BARBUDA",
        "COMOROS\u00a0 CONGO",
        "SUBMITTED BY THE CHAIR",
        "UNITED KINGDOMAND URUGUAY",
      ]),
    ).toEqual({
      codes: ["MRT", "TZA", "ATG", "COM", "COG"],
      notes: ["SUBMITTED BY THE CHAIR"],
      unresolved: ["UNITED KINGDOMAND URUGUAY"],
    });
    expect(
      parseSponsors([
        "Austria, Kazakhstan and Malaysia (on behalf of the States Members of the United Nations that are members of the Association of South-East Asian Nations and the States Parties to the Treaty on the Southeast Asia Nuclear-Weapon-Free Zone (Bangkok Treaty))",
      ]).codes,
    ).toEqual(["AUT", "KAZ", "MYS"]);
  });

  it("reads symbols and days as both sources write them, and gives each UN-only vote a stable id", () => {
    expect(["A/RES/75/254[A]", "A/RES/75/254 A", "R/75/254A"].map(resolutionKey)).toEqual(["75/254A", "75/254A", "75/254A"]);
    expect(parseSymbol("A/RES/ES-11/1")).toEqual({ sessionLabel: "ES-11", regularSession: null, number: 1, part: "" });
    expect(rollCallIdOf(parseSymbol("A/RES/80/12 B")!)).toBe(100_000_000 + 80 * 100_000 + 12 * 10 + 2);
    expect(rollCallIdOf(parseSymbol("A/RES/S-32/1")!)).toBe(100_000_000 + 832 * 100_000 + 10);
    expect(parseAdoptionDate("29\u00a0October 2025")).toBe("2025-10-29");
    expect(parseAdoptionDate("2019-11-07 00:00:00")).toBe("2019-11-07");
    expect(parseAdoptionDate("31 February 2025")).toBeNull();
  });
});

describe("a store made before the record reached 2026", () => {
  it("moves the votes it filed under Yugoslavia after 4 February 2003 to Serbia and Montenegro and to Serbia, losing none", () => {
    const file = path.join(tempDir(), "un-votes.sqlite");
    // The store as schema step 5 left it (the first five steps), with votes of 2002, 2005 and 2019 filed under YUG.
    const db = openStore(file, UN_VOTES_MIGRATIONS.slice(0, 5));
    db.exec(`
      INSERT INTO roll_call (rcid, session, date, source) VALUES (1, 57, '2002-12-20', 'unvotes'), (2, 59, '2005-06-01', 'unvotes'), (3, 74, '2019-12-18', 'unvotes');
      INSERT INTO vote (rcid, country_code, vote) VALUES (1, 'YUG', 1), (2, 'YUG', 2), (3, 'YUG', 3);
      INSERT INTO vote_country_source VALUES ('YUG', 'Yugoslavia', 'YU');
    `);
    db.close();
    const migrated = store(file);
    expect(rows(migrated, "SELECT rcid, country_code, vote FROM vote ORDER BY rcid")).toEqual([
      { rcid: 1, country_code: "YUG", vote: 1 },
      { rcid: 2, country_code: "SCG", vote: 2 },
      { rcid: 3, country_code: "SRB", vote: 3 },
    ]);
    expect(
      rows(migrated, "SELECT country_code FROM vote_country_source WHERE source_code = 'YU' ORDER BY country_code").map((r: any) => r.country_code),
    ).toEqual(["SCG", "SRB", "YUG"]);
    expect(rows(migrated, "PRAGMA foreign_key_check")).toEqual([]);
  });
});
