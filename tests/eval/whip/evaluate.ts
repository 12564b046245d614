/**
 * The held-out-session protocol, free of any server: for every roll call of a session, the
 * forecaster is asked with the roll call's title, description and issue tags, every state that
 * voted, and the day before the session's first roll call as the cut-off; its predictions and
 * the baselines' are scored against the votes actually cast. run.ts plugs the whip sheet in,
 * through the gateway; the test plugs in forecasters whose answers are known.
 */
import { Baselines, BASELINES, type BaselineName } from "./baselines.js";
import { cutOffFor, type RollCallRecord, type Vote } from "./history.js";
import { score, type Outcome, type Score } from "./metrics.js";

export type Question = { title: string; description: string; issues: string[]; sponsors: string[]; codes: string[]; to: string };
export type Prediction = { predicted: Vote | null; confidence: number | null };
export type Forecast = { expected: Vote | null; members: Map<string, Prediction> };
export type Forecaster = (question: Question) => Promise<Forecast>;

export type SessionResult = {
  session: number;
  rollCalls: number;
  votes: number;
  forecaster: Score;
  baselines: Record<BaselineName, Score>;
  /** Every vote's outcome, to score several sessions together. */
  outcomes: Outcome[];
  /** Votes whose actual vote was the state's own vote on its most similar precedent, and among its three most similar (Baselines.ownPrecedentVotes). */
  ceiling: { first: number; anyOfThree: number };
  baselineOutcomes: Record<BaselineName, Outcome[]>;
};

export async function evaluateSession(
  history: readonly RollCallRecord[],
  session: number,
  forecaster: Forecaster,
  onProgress?: (done: number, total: number) => void,
): Promise<SessionResult> {
  const to = cutOffFor(history, session);
  const targets = history.filter((rollCall) => rollCall.session === session && rollCall.votes.size > 0);
  const baselines = new Baselines(history, session);
  const outcomes: Outcome[] = [];
  const ceiling = { first: 0, anyOfThree: 0 };
  const baselineOutcomes = Object.fromEntries(BASELINES.map((name) => [name, [] as Outcome[]])) as Record<BaselineName, Outcome[]>;
  for (const [i, target] of targets.entries()) {
    const codes = [...target.votes.keys()];
    const forecast = await forecaster({ title: target.title, description: target.description, issues: target.issues, sponsors: target.sponsors, codes, to });
    const byBaseline = baselines.predict(target);
    const ownVotes = baselines.ownPrecedentVotes(target);
    for (const [code, actual] of target.votes) {
      const own = ownVotes.get(code) ?? [];
      if (own[0] === actual) ceiling.first++;
      if (own.includes(actual)) ceiling.anyOfThree++;
      const prediction = forecast.members.get(code);
      outcomes.push({ actual, predicted: prediction?.predicted ?? null, confidence: prediction?.confidence ?? null, expected: forecast.expected });
      for (const name of BASELINES) baselineOutcomes[name].push({ actual, predicted: byBaseline.get(code)?.[name] ?? null });
    }
    onProgress?.(i + 1, targets.length);
  }
  return {
    session,
    rollCalls: targets.length,
    votes: outcomes.length,
    forecaster: score(outcomes),
    baselines: Object.fromEntries(BASELINES.map((name) => [name, score(baselineOutcomes[name])])) as Record<BaselineName, Score>,
    outcomes,
    ceiling,
    baselineOutcomes,
  };
}
