/**
 * How good a forecast is, as a whip reads it: accuracy over every vote (a vote with no prediction
 * counts as missed), accuracy per actual position (a whip cares most about the no and abstain
 * votes), the share of votes with no prediction, recall on defections (votes that differ from the
 * group's expected position: did the sheet predict the vote that was actually cast?), and
 * calibration (stated confidence against observed accuracy, in deciles).
 */
import type { Vote } from "./history.js";

export type Outcome = { actual: Vote; predicted: Vote | null; confidence?: number | null; expected?: Vote | null };

export type Rate = { n: number; correct: number; accuracy: number | null };
export type Decile = { from: number; to: number; n: number; meanConfidence: number | null; accuracy: number | null };
export type Score = {
  overall: Rate;
  byActual: Record<"YES" | "NO" | "ABSTAIN", Rate>;
  noPrediction: number;
  defections: Rate;
  calibration: Decile[];
};

function rate(outcomes: readonly Outcome[]): Rate {
  const correct = outcomes.filter((o) => o.predicted === o.actual).length;
  return { n: outcomes.length, correct, accuracy: outcomes.length ? correct / outcomes.length : null };
}

export function score(outcomes: readonly Outcome[]): Score {
  const calibration: Decile[] = Array.from({ length: 10 }, (_, i) => {
    const from = i / 10;
    const to = (i + 1) / 10;
    const inDecile = outcomes.filter(
      (o) => o.confidence != null && o.predicted !== null && o.confidence >= from && (o.confidence < to || (i === 9 && o.confidence <= 1)),
    );
    const meanConfidence = inDecile.length ? inDecile.reduce((sum, o) => sum + o.confidence!, 0) / inDecile.length : null;
    return { from, to, n: inDecile.length, meanConfidence, accuracy: rate(inDecile).accuracy };
  });
  return {
    overall: rate(outcomes),
    byActual: {
      YES: rate(outcomes.filter((o) => o.actual === 1)),
      NO: rate(outcomes.filter((o) => o.actual === 2)),
      ABSTAIN: rate(outcomes.filter((o) => o.actual === 3)),
    },
    noPrediction: outcomes.length ? outcomes.filter((o) => o.predicted === null).length / outcomes.length : 0,
    defections: rate(outcomes.filter((o) => o.expected != null && o.actual !== o.expected)),
    calibration,
  };
}

export function percent(value: number | null): string {
  return value === null ? "–" : `${(100 * value).toFixed(1)}%`;
}
