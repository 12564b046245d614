/**
 * The console's charts, drawn by Observable Plot as SVG with text alternatives: every mark has a
 * title (its exact value on hover and for screen readers), scales are labelled, and colour is
 * never the only carrier of meaning. Palettes are colour-blind safe (Okabe–Ito, viridis).
 */
import * as Plot from "@observablehq/plot";

/** Okabe & Ito's palette, distinguishable with the common colour-vision deficiencies. */
export const PALETTE = {
  blue: "#0072B2",
  orange: "#E69F00",
  vermillion: "#D55E00",
  green: "#009E73",
  sky: "#56B4E9",
  grey: "#999999",
  yellow: "#F0E442",
  purple: "#CC79A7",
};

export function sized(width?: number): number {
  return Math.max(320, Math.min(width ?? 900, 1100));
}

export type CohesionPoint = { session: number; cohesion: number; countedRollCallCount: number; partial?: string | null };

/**
 * Why a session's figure rests on less than a session's worth of votes, or null: the session the
 * record ends in (it goes on after the last roll call held), or one with under a quarter of the
 * median roll calls counted (session 64 holds about five). Said on the chart, not drawn as a full one.
 */
export function partialSessions(
  points: { session: number; countedRollCallCount: number }[],
  coverage: { latestSession: number | null; latestRecordDate: string | null },
): Map<number, string> {
  const counts = points.map((p) => p.countedRollCallCount).sort((a, b) => a - b);
  const median = counts.length > 0 ? counts[Math.floor(counts.length / 2)] : 0;
  const partial = new Map<number, string>();
  for (const point of points) {
    if (point.session === coverage.latestSession) partial.set(point.session, `the record ends on ${coverage.latestRecordDate}, within this session`);
    else if (points.length > 2 && point.countedRollCallCount < median / 4)
      partial.set(point.session, `only ${point.countedRollCallCount} roll calls counted, under a quarter of the median session's ${median}`);
  }
  return partial;
}

/** A tick per session when there are few; otherwise Plot's own, which fall on whole numbers with "d". */
export function sessionTicks([low, high]: [number, number]): { ticks?: number[] } {
  const first = Math.ceil(low);
  const last = Math.floor(high);
  return last - first <= 12 ? { ticks: Array.from({ length: last - first + 1 }, (_, i) => first + i) } : {};
}

/** The same session axis for the cohesion line and the bars under it, so they line up. */
export function sessionDomain(points: { session: number }[]): [number, number] {
  const sessions = points.map((p) => p.session);
  return [Math.min(...sessions) - 0.5, Math.max(...sessions) + 0.5];
}

export function cohesionChart(points: CohesionPoint[], domain: [number, number], width?: number): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width: sized(width),
    height: 280,
    marginLeft: 50,
    ariaLabel: "Cohesion per session",
    ariaDescription: `Line chart of the group's cohesion in ${points.length} sessions, from 0 (split) to 1 (unanimous).`,
    // Whole sessions only: a few sessions get one tick each (one session is not an axis of 74 74 74 … 75).
    x: { label: "Session", tickFormat: "d", domain, ...sessionTicks(domain) },
    y: { label: "Cohesion (Agreement Index)", domain: [0, 1], grid: true },
    marks: [
      Plot.line(points, { x: "session", y: "cohesion", stroke: PALETTE.blue, strokeWidth: 2 }),
      // A partial session's dot is hollow and says why in its title: its figure rests on few votes.
      Plot.dot(points, {
        x: "session",
        y: "cohesion",
        fill: (p: CohesionPoint) => (p.partial ? "white" : PALETTE.blue),
        stroke: PALETTE.blue,
        r: 3.5,
        title: (p: CohesionPoint) =>
          `Session ${p.session}: ${(p.cohesion * 100).toFixed(1)}% over ${p.countedRollCallCount} roll calls${p.partial ? ` (partial: ${p.partial})` : ""}`,
      }),
    ],
  });
}

/** The denominator under the cohesion line: how many roll calls each session's figure rests on. */
export function countedChart(
  points: { session: number; countedRollCallCount: number }[],
  domain: [number, number],
  width?: number,
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width: sized(width),
    height: 120,
    marginLeft: 50,
    ariaLabel: "Roll calls counted per session",
    ariaDescription: `Bar chart of the roll calls counted in each of ${points.length} sessions.`,
    // Whole sessions only: a few sessions get one tick each (one session is not an axis of 74 74 74 … 75).
    x: { label: "Session", tickFormat: "d", domain, ...sessionTicks(domain) },
    y: { label: "Roll calls counted", grid: true },
    marks: [
      Plot.rectY(points, {
        x1: (p: { session: number }) => p.session - 0.4,
        x2: (p: { session: number }) => p.session + 0.4,
        y: "countedRollCallCount",
        fill: PALETTE.sky,
        title: (p: { session: number; countedRollCallCount: number }) => `Session ${p.session}: ${p.countedRollCallCount} roll calls counted`,
      }),
      Plot.ruleY([0]),
    ],
  });
}

export type CoincidenceBar = { name: string; coincidence: number };

export function coincidenceChart(bars: CoincidenceBar[], reference: string, width?: number): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width: sized(width),
    height: Math.max(120, bars.length * 16 + 50),
    marginLeft: 170,
    marginRight: 40,
    ariaLabel: `Voting coincidence with ${reference}`,
    ariaDescription: `Bar chart of each member's coincidence with ${reference}, 0 to 100%.`,
    x: { label: `Coincidence with ${reference} (%)`, domain: [0, 100], grid: true },
    y: { label: null },
    marks: [
      Plot.barX(bars, {
        y: "name",
        x: (bar: CoincidenceBar) => bar.coincidence * 100,
        fill: PALETTE.blue,
        sort: { y: "x", reverse: true },
        title: (bar: CoincidenceBar) => `${bar.name}: ${(bar.coincidence * 100).toFixed(1)}%`,
      }),
      Plot.text(bars, {
        y: "name",
        x: (bar: CoincidenceBar) => bar.coincidence * 100,
        text: (bar: CoincidenceBar) => `${(bar.coincidence * 100).toFixed(0)}%`,
        dx: 4,
        textAnchor: "start",
        fontSize: 10,
      }),
    ],
  });
}

export type HeatCell = { a: string; b: string; agreement: number; rollCallCount: number };

/** The agreement of every ordered pair, both ways round, in the given order; the diagonal is left blank. */
export function agreementHeatmap(cells: HeatCell[], order: string[], width?: number): SVGSVGElement | HTMLElement {
  const side = Math.min(sized(width), Math.max(320, order.length * 14 + 140));
  // Codes only where each row has room for one (9 px); on a phone a large group's labels would overlap, and tapping a cell names the pair.
  const labels = order.length <= 80 && (side - 110) / order.length >= 9;
  return Plot.plot({
    width: side,
    height: side,
    marginLeft: labels ? 110 : 20,
    marginBottom: labels ? 110 : 20,
    padding: 0,
    ariaLabel: "Agreement heatmap",
    ariaDescription: `Agreement of every pair of ${order.length} members, ordered so that blocs sit together; darker is less agreement.`,
    x: { domain: order, label: null, tickRotate: -90, axis: labels ? "bottom" : null },
    y: { domain: order, label: null, axis: labels ? "left" : null },
    color: { type: "linear", scheme: "viridis", domain: [0, 1], legend: true, label: "Agreement (0 to 1)", marginLeft: 12 } as Plot.ScaleOptions,
    marks: [
      Plot.cell(cells, {
        x: "a",
        y: "b",
        fill: "agreement",
        inset: 0,
        title: (c: HeatCell) => `${c.a} and ${c.b}: ${(c.agreement * 100).toFixed(1)}% of ${c.rollCallCount} roll calls`,
      }),
    ],
  });
}
