/** Two memberships side by side: in both, only in the first, only in the second, as lists and as CSV rows. */
import { h } from "../lib/dom.js";
import type { CsvValue } from "../lib/csv.js";
import { countryList } from "./forms.js";

type Member = { code: string; name: string };
export type MembershipSplit = { shared: Member[]; onlyInA: Member[]; onlyInB: Member[] };

/** What the answer's year means for each body, and when the hub's own bodies were read: said under the figures. */
export function provenance(overlap: { notes: string[]; refreshedAt: string | null }): HTMLElement {
  const read = overlap.refreshedAt ? `Hub bodies read ${new Date(overlap.refreshedAt).toLocaleString("en-GB")}.` : "Hub bodies not read yet.";
  return h("p", { class: "note" }, [...overlap.notes.map((note) => `${note}.`), read].join(" "));
}

export function splitColumns(split: MembershipSplit, nameA: string, nameB: string): HTMLElement {
  const column = (title: string, members: Member[]) => h("section", { "aria-label": title }, h("h3", {}, `${title} (${members.length})`), countryList(members));
  return h(
    "div",
    { class: "two-columns" },
    column("In both", split.shared),
    column(`Only in ${nameA}`, split.onlyInA),
    column(`Only in ${nameB}`, split.onlyInB),
  );
}

/** One row per country: code, name, in A, in B. */
export function splitRows(split: MembershipSplit): CsvValue[][] {
  return [
    ...split.shared.map((m) => [m.code, m.name, true, true]),
    ...split.onlyInA.map((m) => [m.code, m.name, true, false]),
    ...split.onlyInB.map((m) => [m.code, m.name, false, true]),
  ];
}
