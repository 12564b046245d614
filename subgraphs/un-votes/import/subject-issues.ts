/**
 * Issue tags for roll calls that only the UN's resolution files record. Voeten's tags (the six
 * issues of the unvotes data) stop with that data; the UN's files instead give each resolution's
 * UNBIS Thesaurus subjects. A subject term maps to the issue it falls under by these rules,
 * written from the thesaurus's terms, not fitted to any vote. Such tags are the hub's reading,
 * and a roll call's `source` says where it came from.
 */
import type { IssueCode } from "./issues.js";

const RULES: readonly [IssueCode, RegExp][] = [
  ["me", /PALESTIN|ISRAEL|GOLAN|JERUSALEM|MIDDLE EAST/],
  ["nu", /NUCLEAR/],
  ["di", /DISARMAMENT|WEAPON|\bARMS\b|LANDMINE|MINE CLEARANCE/],
  ["hr", /HUMAN RIGHTS|DISCRIMINATION|XENOPHOBIA|RACISM|TORTURE|INDIGENOUS PEOPLES/],
  ["co", /DECOLONIZATION|NON-SELF-GOVERNING|SELF-DETERMINATION/],
  ["ec", /ECONOMIC DEVELOPMENT|DEVELOPMENT FINANCE|INTERNATIONAL TRADE|UNILATERAL COERCIVE|POVERTY|DEVELOPING COUNTRIES|SUSTAINABLE DEVELOPMENT/],
];

/** `subjects`: the file's [term, vocabulary] pairs; only UNBIS Thesaurus terms are read. */
export function issuesOfSubjects(subjects: readonly (readonly string[])[]): IssueCode[] {
  const terms = subjects.filter((subject) => subject[1] === "UNBIS Thesaurus").map((subject) => String(subject[0]).toUpperCase());
  return RULES.filter(([, rule]) => terms.some((term) => rule.test(term))).map(([issue]) => issue);
}
