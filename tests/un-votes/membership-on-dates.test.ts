/**
 * A body's General Assembly voting with the members of each roll call's date. The pure spell
 * helpers on examples; then the dated analysis against a reference computed the plain way (per
 * roll call, the votes of the members whose spells cover its date), over generated records and
 * memberships; then through the gateway, for the EU (accession and exit dates) on the mini fixture.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { membersOn, spellCovers, spellsFromEvents, type Spell } from "../../subgraphs/shared/bodies/membership-spells.js";
import { VoteIndex } from "../../subgraphs/un-votes/analytics/vote-index.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore, type UnVotesStore } from "../../subgraphs/un-votes/store.js";
import { groupAnalysisOf } from "../../subgraphs/un-votes/analytics/worker/tasks.js";
import { agreementIndex, plurality } from "../../subgraphs/un-votes/analytics/group-voting.js";
import { ABSTAIN, NO, YES } from "../../subgraphs/un-votes/analytics/vote-index.js";
import { importEuMembers } from "../../subgraphs/overlaps/import/structures-import.js";
import { bundledSnapshot } from "../../subgraphs/shared/bundled-data.js";
import { seededRandom } from "../conformance/operations.js";
import { useHub } from "../hub-hooks.js";
import { FIXTURES } from "../shared-data.js";

describe("membership spells", () => {
  it("cover a date or any part of a year, as precisely as they are dated", () => {
    const uk = { countryCode: "GBR", began: "1973-01-01", ended: "2020-01-31" };
    expect(spellCovers(uk, "1973")).toBe(true);
    expect(spellCovers(uk, "1972-12-31")).toBe(false);
    expect(spellCovers(uk, "2020")).toBe(true);
    expect(spellCovers(uk, "2020-02-01")).toBe(false);
    expect(spellCovers({ countryCode: "RUS", began: "1997", ended: "2014" }, "2014-06-30")).toBe(true);
    expect(spellCovers({ countryCode: "RUS", began: "1997", ended: "2014" }, "2015-01-01")).toBe(false);
    // No start given: a member at any date before its end.
    expect(spellCovers({ countryCode: "USA", began: null, ended: null }, "1950-01-01")).toBe(true);
    expect(membersOn([uk, { countryCode: "FRA", began: "1952", ended: null }], "2021")).toEqual(["FRA"]);
  });

  it("follow decisions in date order: joining opens a spell, any other decision closes it", () => {
    expect(
      spellsFromEvents([
        { countryCode: "AAA", on: "2027-03-01", joins: false },
        { countryCode: "AAA", on: "2026-01-01", joins: true },
        { countryCode: "BBB", on: "2026-02-01", joins: true },
        { countryCode: "AAA", on: "2028-01-01", joins: true },
        { countryCode: "BBB", on: "2026-02-01", joins: true },
      ]),
    ).toEqual([
      { countryCode: "AAA", began: "2026-01-01", ended: "2027-03-01" },
      { countryCode: "AAA", began: "2028-01-01", ended: null },
      { countryCode: "BBB", began: "2026-02-01", ended: null },
    ]);
  });
});

describe("group voting with the members of each date, against the plain computation", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-dated-"));
  const codes = ["USA", "GBR", "FRA", "DEU", "ITA", "JPN", "CAN", "POL", "HUN", "CZE", "SVK", "ROU"];
  let store: UnVotesStore;
  let index: VoteIndex;

  beforeAll(async () => {
    // A generated record, written for this test: 120 roll calls over 1990–2009, random votes and absences.
    const random = seededRandom(20261202);
    const rollCalls = ["rcid,session,importantvote,date,unres,amend,para,short,descr"];
    const votes = ["rcid,country,country_code,vote"];
    const alpha2: Record<string, string> = {
      USA: "US",
      GBR: "GB",
      FRA: "FR",
      DEU: "DE",
      ITA: "IT",
      JPN: "JP",
      CAN: "CA",
      POL: "PL",
      HUN: "HU",
      CZE: "CZ",
      SVK: "SK",
      ROU: "RO",
    };
    for (let rcid = 1; rcid <= 120; rcid++) {
      const year = 1990 + Math.floor((rcid - 1) / 6);
      const date = `${year}-${String(1 + ((rcid * 5) % 12)).padStart(2, "0")}-15`;
      rollCalls.push(`${rcid},${year - 1945},0,${date},R/${rcid},0,0,"GENERATED","A GENERATED ROLL CALL"`);
      for (const code of codes) {
        const draw = random();
        if (draw < 0.15) continue;
        votes.push(`${rcid},${code},${alpha2[code]},${draw < 0.6 ? "yes" : draw < 0.85 ? "no" : "abstain"}`);
      }
    }
    fs.writeFileSync(path.join(dir, "un_roll_calls.csv"), `${rollCalls.join("\n")}\n`);
    fs.writeFileSync(path.join(dir, "un_votes.csv"), `${votes.join("\n")}\n`);
    fs.writeFileSync(path.join(dir, "un_roll_call_issues.csv"), "rcid,short_name,issue\n");
    store = openUnVotesStore(":memory:");
    await importUnVotes(store, dir, { progress: null });
    index = VoteIndex.build(store);
  });

  afterAll(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The reference: per roll call, the votes of the members whose spells cover its date. */
  function plainTallies(members: readonly string[], spells: readonly Spell[]) {
    return index.rollCalls.map((rollCall, row) => {
      let [yes, no, abstain] = [0, 0, 0];
      for (const code of members) {
        if (!spells.some((spell) => spell.countryCode === code && spellCovers(spell, rollCall.date))) continue;
        const column = index.columnOf.get(code);
        const vote = column === undefined ? 0 : index.votes[row * index.width + column];
        if (vote === YES) yes++;
        else if (vote === NO) no++;
        else if (vote === ABSTAIN) abstain++;
      }
      return { row, yes, no, abstain, position: plurality(yes, no, abstain), agreement: agreementIndex(yes, no, abstain) };
    });
  }

  function generatedSpells(random: () => number, members: readonly string[], undated: boolean): Spell[] {
    return members.flatMap((countryCode) => {
      if (undated) return [{ countryCode, began: null, ended: null }];
      const first = 1988 + Math.floor(random() * 20);
      const spells: Spell[] = [
        { countryCode, began: `${first}-0${1 + Math.floor(random() * 9)}-01`, ended: random() < 0.5 ? null : String(first + 1 + Math.floor(random() * 8)) },
      ];
      if (random() < 0.3 && spells[0].ended) spells.push({ countryCode, began: String(Number(spells[0].ended) + 2), ended: null });
      return spells;
    });
  }

  it("tallies, defections and pairs equal the plain computation over 60 generated memberships", () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 60; trial++) {
      const members = codes.filter(() => random() < 0.6);
      if (members.length === 0) continue;
      const spells = generatedSpells(random, members, false);
      const analysis = groupAnalysisOf(index, { codes: members, range: {}, spells });
      expect(analysis.tallies()).toEqual(plainTallies(members, spells));
      for (const defection of analysis.defections()) {
        const expected = plainTallies(members, spells).filter((tally) => {
          if (tally.position === 0) return false;
          if (!spells.some((spell) => spell.countryCode === defection.code && spellCovers(spell, index.rollCalls[tally.row].date))) return false;
          const vote = index.votes[tally.row * index.width + (index.columnOf.get(defection.code) ?? -1)];
          return vote !== 0 && vote !== tally.position;
        });
        expect(defection.rows, `${defection.code} in trial ${trial}`).toEqual(expected.map((tally) => tally.row));
      }
    }
  });

  it("equals today's members exactly when every member's start is undated", () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 30; trial++) {
      const members = codes.filter(() => random() < 0.5);
      if (members.length < 2) continue;
      const dated = groupAnalysisOf(index, { codes: members, range: {}, spells: generatedSpells(random, members, true) });
      const current = groupAnalysisOf(index, { codes: members, range: {}, spells: null });
      expect(dated.tallies()).toEqual(current.tallies());
      expect(dated.defections()).toEqual(current.defections());
      expect(dated.agreementMatrix()).toEqual(current.agreementMatrix());
      expect(dated.coincidenceWith("USA")).toEqual(current.coincidenceWith("USA"));
    }
  });
});

describe("a body's voting with the members of each date, through the gateway", () => {
  const hub = useHub();

  beforeAll(async () => {
    await importUnVotes(hub().stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), { progress: null });
    await importEuMembers(hub().stores.overlaps, path.join(bundledSnapshot("overlaps"), "eu-member-states"));
  });

  it("counts the United Kingdom for the EU while it belonged, and not today", async () => {
    const result = await hub().query(`{
      body(id: "eu") {
        memberCodesOn(date: "2000-01-10")
        now: generalAssemblyVoting { membership memberCodes countedRollCallCount }
        then: generalAssemblyVoting(membership: MEMBERS_ON_EACH_DATE) { membership memberCodes countedRollCallCount cohesion }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const eu = result.data.body;
    expect(eu.memberCodesOn).toContain("GBR");
    expect(eu.memberCodesOn).not.toContain("POL");
    // Of the EU's members only France and the United Kingdom vote in the fixture: today France alone, never two votes.
    expect(eu.now).toEqual({ membership: "CURRENT_MEMBERS", memberCodes: expect.not.arrayContaining(["GBR"]), countedRollCallCount: 0 });
    expect(eu.then.membership).toBe("MEMBERS_ON_EACH_DATE");
    expect(eu.then.memberCodes).toContain("GBR");
    expect(eu.then.countedRollCallCount).toBe(5);
  });
});
