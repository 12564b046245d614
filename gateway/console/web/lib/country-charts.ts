/** A state's record over time: its votes per session, and its agreement with a body and with other states per session. */
import * as Plot from "@observablehq/plot";
import { PALETTE, sessionDomain, sessionTicks, sized } from "./charts.js";

export type SessionVotes = { session: number; rollCallCount: number; yes: number; no: number; abstain: number };

const POSITIONS = [
  { key: "yes", label: "Yes", colour: PALETTE.blue },
  { key: "no", label: "No", colour: PALETTE.vermillion },
  { key: "abstain", label: "Abstain", colour: PALETTE.orange },
] as const;

/** Stacked bars of yes, no and abstain per session, beside the roll calls held (the outline): the gap is what it did not vote on. */
export function votesBySessionChart(sessions: SessionVotes[], width?: number): SVGSVGElement | HTMLElement {
  const domain = sessionDomain(sessions);
  const stacked = sessions.flatMap((session) =>
    POSITIONS.map((position) => ({ session: session.session, position: position.label, votes: session[position.key], held: session.rollCallCount })),
  );
  return Plot.plot({
    width: sized(width),
    height: 240,
    marginLeft: 50,
    ariaLabel: "Votes per session",
    ariaDescription: `Stacked bars of the state's yes, no and abstain votes in each of ${sessions.length} sessions, inside an outline of the roll calls held.`,
    x: { label: "Session", tickFormat: "d", domain, ...sessionTicks(domain) },
    y: { label: "Roll calls", grid: true },
    color: { domain: POSITIONS.map((p) => p.label), range: POSITIONS.map((p) => p.colour), legend: true },
    marks: [
      Plot.rectY(sessions, {
        x1: (s: SessionVotes) => s.session - 0.45,
        x2: (s: SessionVotes) => s.session + 0.45,
        y: "rollCallCount",
        stroke: PALETTE.grey,
        fill: "none",
        title: (s: SessionVotes) => `Session ${s.session}: ${s.rollCallCount} roll calls held`,
      }),
      Plot.rectY(
        stacked,
        Plot.stackY({
          x1: (d: { session: number }) => d.session - 0.35,
          x2: (d: { session: number }) => d.session + 0.35,
          y: "votes",
          fill: "position",
          title: (d: { session: number; position: string; votes: number; held: number }) => `Session ${d.session}: ${d.position} ${d.votes} of ${d.held}`,
        }),
      ),
      Plot.ruleY([0]),
    ],
  });
}

export type AgreementPoint = { series: string; session: number; value: number; rollCallCount: number; partial?: boolean };

/** One line per series (a body's position, another state), 0 to 1 per session; each line has its own dot shape too. */
export function agreementOverTimeChart(points: AgreementPoint[], width?: number): SVGSVGElement | HTMLElement {
  const domain = sessionDomain(points);
  const series = [...new Set(points.map((p) => p.series))];
  const colours = [PALETTE.blue, PALETTE.vermillion, PALETTE.green, PALETTE.purple, PALETTE.orange, PALETTE.sky];
  return Plot.plot({
    width: sized(width),
    height: 300,
    marginLeft: 50,
    ariaLabel: "Agreement over time",
    ariaDescription: `Line chart of agreement per session, 0 to 100%, for ${series.join(", ")}.`,
    x: { label: "Session", tickFormat: "d", domain, ...sessionTicks(domain) },
    y: { label: "Agreement (%)", domain: [0, 100], grid: true },
    color: { domain: series, range: colours, legend: true },
    symbol: { domain: series, legend: false },
    marks: [
      Plot.line(points, { x: "session", y: (p: AgreementPoint) => p.value * 100, stroke: "series", strokeWidth: 2 }),
      Plot.dot(points, {
        x: "session",
        y: (p: AgreementPoint) => p.value * 100,
        stroke: "series",
        symbol: "series",
        // A session resting on few roll calls (session 19 held one) is hollow, not drawn like a full one.
        fill: (p: AgreementPoint) => (p.partial ? "white" : "currentColor"),
        r: 3,
        title: (p: AgreementPoint) =>
          `${p.series}, session ${p.session}: ${(p.value * 100).toFixed(1)}% of ${p.rollCallCount} roll calls${p.partial ? " (few roll calls)" : ""}`,
      }),
    ],
  });
}
