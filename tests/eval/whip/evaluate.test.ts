/**
 * The whip evaluation itself, on a record made up for this test (five roll calls, three states
 * A, B, C) where every baseline's answer can be worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { evaluateSession, type Forecaster, type Question } from "./evaluate.js";
import { jaccard, wordsOf } from "./baselines.js";
import type { RollCallRecord, Vote } from "./history.js";

const Y = 1 as Vote;
const N = 2 as Vote;
const A = 3 as Vote;
const rollCall = (rcid: number, session: number, date: string, title: string, issues: string[], votes: [Vote, Vote, Vote]): RollCallRecord => ({
  rcid,
  session,
  date,
  title,
  description: "",
  issues,
  sponsors: [],
  votes: new Map([
    ["AAA", votes[0]],
    ["BBB", votes[1]],
    ["CCC", votes[2]],
  ]),
});

// Made-up record: four sessions of history, then session 5, held out.
const HISTORY = [
  rollCall(1, 1, "2001-10-01", "Nuclear weapons testing ban", ["nu"], [Y, N, A]),
  rollCall(2, 2, "2002-10-01", "Human rights situation", ["hr"], [Y, Y, N]),
  rollCall(3, 3, "2003-10-01", "Economic development and trade", ["ec"], [Y, Y, Y]),
  rollCall(4, 4, "2004-10-01", "Nuclear weapons testing moratorium", ["nu"], [Y, N, N]),
  rollCall(5, 5, "2005-10-03", "Nuclear weapons testing treaty", ["nu"], [Y, N, A]),
];

describe("the whip evaluation", () => {
  it("measures similarity on words of four or more letters", () => {
    expect([...wordsOf("Nuclear weapons testing ban")]).toEqual(["nuclear", "weapons", "testing"]);
    expect(jaccard(wordsOf("Nuclear weapons testing treaty"), wordsOf("Nuclear weapons testing ban"))).toBe(0.75);
  });

  it("scores the three baselines as worked out by hand", async () => {
    const nothing: Forecaster = async () => ({ expected: null, members: new Map() });
    const result = await evaluateSession(HISTORY, 5, nothing);
    // Nearest title: roll call 1 (Jaccard 0.75 against 0.6): all three right.
    expect(result.baselines.nearestTitle.overall).toMatchObject({ n: 3, correct: 3 });
    // Same issues (rolls calls 1 and 4): A yes, B no, C one abstention and one no, the tie going to no: two right.
    expect(result.baselines.sameIssues.overall).toMatchObject({ n: 3, correct: 2 });
    // Most frequent over the four sessions: A yes; B two yes, two no, the tie going to yes; C no: one right.
    expect(result.baselines.mostFrequent.overall).toMatchObject({ n: 3, correct: 1 });
    // Each state's own votes on the precedents by similarity (roll call 1, then 4): A Y Y, B N N, C A N.
    expect(result.ceiling).toEqual({ first: 3, anyOfThree: 3 });
    const changed = [...HISTORY.slice(0, 4), rollCall(5, 5, "2005-10-03", "Nuclear weapons testing treaty", ["nu"], [N, N, N])];
    // Everyone votes no: B's first precedent says so, C's second does, none of A's.
    expect((await evaluateSession(changed, 5, nothing)).ceiling).toEqual({ first: 1, anyOfThree: 2 });
    // A forecaster that predicts nothing gets nothing right, and says so.
    expect(result.forecaster.overall.accuracy).toBe(0);
    expect(result.forecaster.noPrediction).toBe(1);
  });

  it("asks the forecaster with the day before the session as cut-off, and scores accuracy, defections and calibration", async () => {
    const asked: Question[] = [];
    // An oracle: right on every vote, with full confidence, expecting the group to vote yes.
    const oracle: Forecaster = async (question) => {
      asked.push(question);
      const target = HISTORY.find((r) => r.title === question.title)!;
      return { expected: Y, members: new Map(question.codes.map((code) => [code, { predicted: target.votes.get(code)!, confidence: 1 }])) };
    };
    const result = await evaluateSession(HISTORY, 5, oracle);
    expect(asked).toEqual([
      { title: "Nuclear weapons testing treaty", description: "", issues: ["nu"], sponsors: [], codes: ["AAA", "BBB", "CCC"], to: "2005-10-02" },
    ]);
    expect(result.forecaster.overall.accuracy).toBe(1);
    expect(result.forecaster.byActual).toMatchObject({ YES: { n: 1, accuracy: 1 }, NO: { n: 1, accuracy: 1 }, ABSTAIN: { n: 1, accuracy: 1 } });
    // B's no and C's abstention differ from the expected yes: the defections a whip must catch.
    expect(result.forecaster.defections).toMatchObject({ n: 2, correct: 2 });
    expect(result.forecaster.calibration[9]).toMatchObject({ n: 3, meanConfidence: 1, accuracy: 1 });
    expect(result.forecaster.calibration.slice(0, 9).every((decile) => decile.n === 0)).toBe(true);
  });
});
