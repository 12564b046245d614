/** Who could join the Alliance in a year under a policy: a world map, the evidence on click, and the full table as CSV. */
import { field, h, table } from "../lib/dom.js";
import { label } from "../lib/format.js";
import { describeErrors, request, type ResultOf } from "../lib/graphql.js";
import type { EligibilityPolicy } from "../generated/operation-types.js";
import { Panel, Unavailable, type PanelContent } from "../lib/panel.js";
import { mapLegend, MAP_STATES, worldMap, type MapState } from "../lib/world-map.js";
import { numberOrNull, panelForm, savedValue } from "./forms.js";
import { countryHref } from "../lib/country-link.js";

type CountryEligibility = NonNullable<NonNullable<ResultOf<"EligibilityMap">["countries"]>[number]>;
type Eligibility = NonNullable<CountryEligibility["aodEligibility"]>;

const PREFIX = "map";
const POLICIES: readonly EligibilityPolicy[] = ["FREEDOM_HOUSE_FREE_OR_PARTLY_FREE", "VDEM_ELECTORAL_DEMOCRACY_OR_BETTER", "FREEDOM_HOUSE_AND_VDEM_AGREE"];
/** The policy the form chose; a value the form does not offer (a hand-edited link) falls back to the policy in force. */
const policyOf = (value: FormDataEntryValue | null): EligibilityPolicy | null => POLICIES.find((policy) => policy === value) ?? null;

function stateOf(eligibility: Eligibility | null): MapState {
  return eligibility?.eligible === true ? "eligible" : eligibility?.eligible === false ? "not-eligible" : "unknown";
}

export function mountEligibilityMap(parent: HTMLElement, params: URLSearchParams): void {
  const policy = savedValue(params, PREFIX, "policy", POLICIES[0]);
  const form = panelForm(
    "Eligibility map",
    PREFIX,
    [
      field(
        "Year",
        h("input", { name: "year", type: "number", min: 1972, max: 2100, value: savedValue(params, PREFIX, "year") }),
        "Empty: each country's latest rating.",
      ),
      field(
        "Policy",
        h(
          "select",
          { name: "policy" },
          POLICIES.map((value) => h("option", { value, selected: value === policy }, label(value))),
        ),
      ),
    ],
    "Draw",
    (values) => void run(values),
  );
  const panel = new Panel(parent, {
    id: "eligibility-map",
    title: "Eligibility map",
    method:
      "Eligible under the chosen policy on the ratings of the year, or each state's latest rating " +
      "when the year is empty or after the sources' last (Freedom House: Free or Partly Free; V-Dem " +
      "Regimes of the World: electoral democracy or better; or both agreeing). No rating means unknown, " +
      "never a guess. Counts are of the countries and territories the hub knows; the map shows the " +
      "174 shapes with an ISO code.",
    controls: form,
  });
  const run = (values: FormData) =>
    panel.run("Rating every country", async () => {
      const rated = await ratedCountries(numberOrNull(values.get("year")), policyOf(values.get("policy")));
      return drawMap(rated, label(String(values.get("policy"))));
    });
  void run(new FormData(form));
}

type RatedCountries = { countries: CountryEligibility[]; yearNote: string | null; warning: string | undefined };

/**
 * Every country's eligibility for the year and policy. A year no source has rated yet (the sources
 * publish a year late) would be all unknown: each state's latest rating is read instead, and said.
 */
async function ratedCountries(year: number | null, policy: EligibilityPolicy | null): Promise<RatedCountries> {
  let answer = await request("EligibilityMap", { year, policy });
  // A country the gateway could not complete comes back null: it is left out, and the error said as a warning.
  let countries = answer.data?.countries?.filter((country) => country !== null);
  if (!countries) throw new Unavailable(describeErrors(answer.errors) || "the hub returned no countries");
  if (countries.every((country) => country.aodEligibility === null)) throw new Unavailable(describeErrors(answer.errors) || "no eligibility was returned");
  let yearNote: string | null = null;
  if (year !== null && countries.every((country) => country.aodEligibility?.eligible === null)) {
    answer = await request("EligibilityMap", { year: null, policy });
    countries = answer.data?.countries?.filter((country) => country !== null) ?? [];
    const latest = Math.max(...countries.map((country) => country.aodEligibility?.year ?? 0));
    yearNote = `No state has a rating for ${year} yet: shown from each state's latest rating (${latest} for most).`;
  }
  return { countries, yearNote, warning: answer.errors.length > 0 ? describeErrors(answer.errors) : undefined };
}

/** The evidence behind one country's state on the map, shown when it is selected. */
function evidenceOf(country: CountryEligibility): Node[] {
  const e = country.aodEligibility;
  return [
    h("h3", {}, h("a", { href: countryHref(country.code) }, country.name), `: ${MAP_STATES[stateOf(e)].label}`),
    e && e.evidence.length > 0
      ? table(
          ["Source", "Year", "Status or regime", "Political rights", "Civil liberties", "Meets the policy"],
          e.evidence.map((item) => [
            label(item.source),
            String(item.year),
            label(item.freedomStatus ?? item.regime),
            item.politicalRights ?? "",
            item.civilLiberties ?? "",
            item.meetsPolicy ? "yes" : "no",
          ]),
        )
      : h("p", {}, "No rating on record for this year."),
  ];
}

function drawMap({ countries, yearNote, warning }: RatedCountries, policyName: string): PanelContent {
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const counts: Record<MapState, number> = { eligible: 0, "not-eligible": 0, unknown: 0 };
  for (const country of countries) counts[stateOf(country.aodEligibility)]++;
  const evidence = h(
    "div",
    { class: "evidence", "aria-live": "polite" },
    h("p", { class: "hint" }, "Select a country on the map (click, or Tab to it and press Enter) for the evidence."),
  );
  const map = worldMap(
    (code) => {
      const country = byCode.get(code);
      return country ? { state: stateOf(country.aodEligibility), name: country.name } : null;
    },
    (code) => {
      const country = byCode.get(code);
      if (country) evidence.replaceChildren(...evidenceOf(country));
    },
  );
  return {
    content: h(
      "div",
      {},
      yearNote ? h("p", { class: "notice" }, yearNote) : null,
      mapLegend(counts),
      h(
        "figure",
        { "data-chart": "eligibility-map", "data-marks": map.querySelectorAll("path.country").length },
        map,
        h("figcaption", { class: "hint" }, `${policyName}; ${counts.eligible} eligible, ${counts["not-eligible"]} not eligible, ${counts.unknown} unknown.`),
      ),
      evidence,
    ),
    csv: {
      filename: "eligibility.csv",
      table: {
        columns: ["code", "name", "eligible", "year", "freedomStatus", "regime"],
        rows: countries.map((c) => [
          c.code,
          c.name,
          c.aodEligibility?.eligible,
          c.aodEligibility?.year,
          c.aodEligibility?.freedomStatus,
          c.aodEligibility?.regime,
        ]),
      },
    },
    warning,
  };
}
