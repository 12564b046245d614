/** Each member's voting coincidence with a reference state, the reference itself left out. */
import { coincidenceChart } from "../lib/charts.js";
import { h } from "../lib/dom.js";
import { request } from "../lib/graphql.js";
import { Unavailable } from "../lib/panel.js";
import { votingOrFail, type GroupVariables } from "./voting.js";

export async function coincidence(variables: GroupVariables, reference: string, width: number) {
  const voting = votingOrFail(await request("GroupCoincidence", { ...variables, referenceCountryCode: reference }));
  // The reference state's coincidence with itself is 100% by definition: not a finding, left out.
  const rows = voting.coincidence.filter((row) => row.country?.code !== reference);
  const bars = rows.filter((row) => row.coincidence !== null).map((row) => ({ name: row.country?.name ?? "?", coincidence: row.coincidence! }));
  if (bars.length === 0) throw new Unavailable(voting.coverage.note ?? `no member shares a counted roll call with ${reference} in this period`);
  return {
    content: h("figure", { "data-chart": "coincidence", "data-marks": bars.length }, coincidenceChart(bars, reference, width)),
    csv: {
      filename: `coincidence-with-${reference}.csv`,
      table: {
        columns: ["code", "name", "coincidence", "same", "opposite", "partial", "bothAbstained"],
        rows: rows.map((row) => [row.country?.code, row.country?.name, row.coincidence, row.same, row.opposite, row.partial, row.bothAbstained]),
      },
    },
  };
}
