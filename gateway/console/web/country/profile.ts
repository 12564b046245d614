/** Who the state is, whether it may join the Alliance and on what evidence, and every body that records it as a member. */
import { h, table } from "../lib/dom.js";
import { count, label, plural } from "../lib/format.js";
import type { ResultOf } from "../lib/graphql.js";
import type { PanelContent } from "../lib/panel.js";

export type Profile = NonNullable<ResultOf<"CountryProfile">["country"]>;
type Membership = NonNullable<Profile["memberships"]>[number];

export function facts(country: Profile): HTMLElement {
  const status = country.aodMembership?.status;
  return h(
    "dl",
    { class: "facts" },
    h("dt", {}, "Official name"),
    h("dd", {}, country.officialName),
    h("dt", {}, "Code"),
    h("dd", {}, country.code),
    h("dt", {}, "Region"),
    h("dd", {}, country.region ? label(country.region) : "none (a historical state)"),
    h("dt", {}, "United Nations"),
    h("dd", {}, country.unMember ? `member state${country.unRegionalGroup ? `, ${label(country.unRegionalGroup)} group` : ""}` : "not a member state"),
    country.historical ? [h("dt", {}, "Existed until"), h("dd", {}, country.existedUntil ?? "not recorded")] : null,
    h("dt", {}, "Alliance of Democracies"),
    h("dd", {}, status ? label(status) : "no decision recorded"),
  );
}

export function eligibility(country: Profile): PanelContent {
  const e = country.aodEligibility;
  if (!e) return { content: h("p", {}, "No eligibility answer for this state.") };
  const verdict = e.eligible === null ? "unknown: the sources have no rating" : e.eligible ? "eligible" : "not eligible";
  return {
    content: h(
      "div",
      {},
      h("p", { class: "figure" }, `${label(e.policy)}: ${verdict}${e.year ? `, on the ratings of ${e.year}` : ""}.`),
      e.evidence.length > 0
        ? table(
            ["Source", "Year", "Rating", "Meets the policy"],
            e.evidence.map((item) => [
              label(item.source),
              String(item.year),
              item.freedomStatus
                ? `${label(item.freedomStatus)} (political rights ${item.politicalRights ?? "n/a"}, civil liberties ${item.civilLiberties ?? "n/a"})`
                : label(item.regime),
              item.meetsPolicy ? "yes" : "no",
            ]),
            "The ratings the answer rests on",
          )
        : null,
    ),
    csv: {
      filename: `eligibility-${country.code}.csv`,
      table: {
        columns: ["source", "year", "freedomStatus", "politicalRights", "civilLiberties", "regime", "meetsPolicy"],
        rows: e.evidence.map((item) => [item.source, item.year, item.freedomStatus, item.politicalRights, item.civilLiberties, item.regime, item.meetsPolicy]),
      },
    },
  };
}

/** "1949–1990, 1992–2014"; a hub body's members are today's, not dated. */
function yearsText(membership: Membership): string {
  if (!membership.years) return "today (not dated)";
  return membership.years.map((run) => (run.firstYear === run.lastYear ? String(run.firstYear) : `${run.firstYear}–${run.lastYear}`)).join(", ");
}

/** Whether the membership runs to the last year its source records: a member then, and as far as the source knows still. */
export function current(membership: Membership): boolean {
  return !membership.years || membership.years.at(-1)?.lastYear === membership.lastRecordedYear;
}

export function memberships(country: Profile): PanelContent {
  const list = country.memberships ?? [];
  const now = list.filter(current);
  // The registry's last year is its latest body's (an IGO that ended earlier has an earlier one).
  const registryEnd = Math.max(0, ...list.flatMap((m) => (m.body.id.startsWith("cow:") && m.lastRecordedYear !== null ? [m.lastRecordedYear] : [])));
  return {
    content: h(
      "div",
      {},
      h("p", { class: "figure" }, `${plural(list.length, "membership")} on record, ${count(now.length)} running to the last year their source records.`),
      registryEnd > 0
        ? h(
            "p",
            { class: "notice" },
            `A source's last year is not the state's: the Correlates of War registry ends in ${registryEnd}, ` +
              `so a membership shown to then may go on since; the hub's own bodies list today's members without ` +
              `dates.`,
          )
        : null,
      h(
        "div",
        { class: "table-scroll" },
        table(
          ["Body", "Level", "Years", "To the source's end"],
          list.map((m) => [m.body.name ?? m.body.id, label(m.level), yearsText(m), current(m) ? "yes" : "no"]),
          `Bodies that record ${country.name} as a member`,
        ),
      ),
    ),
    csv: {
      filename: `memberships-${country.code}.csv`,
      table: {
        columns: ["bodyId", "body", "level", "years", "lastRecordedYear", "toTheSourcesEnd"],
        rows: list.map((m) => [m.body.id, m.body.name, m.level, yearsText(m), m.lastRecordedYear, current(m)]),
      },
    },
  };
}
