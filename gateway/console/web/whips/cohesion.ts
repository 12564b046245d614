/** Cohesion per session: the Agreement Index line, the roll calls counted under it, partial sessions said. */
import { cohesionChart, countedChart, partialSessions, sessionDomain } from "../lib/charts.js";
import { h } from "../lib/dom.js";
import { count, percent, plural } from "../lib/format.js";
import { request } from "../lib/graphql.js";
import { Unavailable } from "../lib/panel.js";
import { votingOrFail, type GroupVariables } from "./voting.js";

export async function cohesion(variables: GroupVariables, width: number) {
  const voting = votingOrFail(await request("GroupCohesion", variables));
  const partial = partialSessions(voting.cohesionBySession, voting.coverage);
  const partialList = [...partial].map(([session, why]) => `session ${session}: ${why}`).join("; ");
  const points = voting.cohesionBySession.flatMap((point) =>
    point.cohesion === null ? [] : [{ ...point, cohesion: point.cohesion, partial: partial.get(point.session) ?? null }],
  );
  // A period after the record's end, or an import still running, is said as such, not drawn as a quiet period.
  if (voting.countedRollCallCount === 0) throw new Unavailable(voting.coverage.note ?? "no roll call in this period on which the group cast at least 2 votes");
  return {
    content: h(
      "div",
      {},
      voting.coverage.note ? h("p", { class: "notice", role: "status" }, voting.coverage.note) : null,
      h(
        "p",
        { class: "figure" },
        `Overall cohesion ${percent(voting.cohesion)} over ${count(voting.countedRollCallCount)} counted ` +
          `roll calls, in ${plural(voting.cohesionBySession.length, "session")}.`,
      ),
      partial.size > 0 ? h("p", { class: "hint partial-sessions" }, `Hollow dots: partial sessions, whose figure rests on few votes (${partialList}).`) : null,
      h("figure", { "data-chart": "cohesion", "data-marks": points.length }, cohesionChart(points, sessionDomain(voting.cohesionBySession), width)),
      h(
        "figure",
        { "data-chart": "counted", "data-marks": voting.cohesionBySession.length },
        countedChart(voting.cohesionBySession, sessionDomain(voting.cohesionBySession), width),
      ),
    ),
    csv: {
      filename: "cohesion-by-session.csv",
      table: {
        columns: ["session", "cohesion", "countedRollCallCount", "partial"],
        rows: voting.cohesionBySession.map((point) => [point.session, point.cohesion, point.countedRollCallCount, partial.get(point.session) ?? ""]),
      },
    },
  };
}
