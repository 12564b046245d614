/**
 * Choosing a group and a period: any body the hub knows (its members today) or countries typed or
 * picked; one General Assembly session, a date range, or everything. The choice lives in the URL
 * (a GET form), so a whip can bookmark or send a view.
 */
import { h, field } from "./dom.js";
import { checkPeriod } from "./dates.js";
import { describeErrors, request } from "./graphql.js";
import { allPages } from "./paging.js";
import { Unavailable } from "./panel.js";

export type GroupChoice = { kind: "body"; id: string } | { kind: "countries"; codes: string[] };
export type Period = { session: number | null; from: string | null; to: string | null };
export type Group = { name: string; memberCodes: string[] };

const CODE = /^[A-Z]{3}$/;

export function readGroupParams(params: URLSearchParams): { group: GroupChoice | null; period: Period; problems: string[] } {
  const problems: string[] = [];
  let group: GroupChoice | null = null;
  const kind = params.get("group") ?? "body";
  if (kind === "countries") {
    const codes = [
      ...new Set(
        (params.get("countries") ?? "")
          .split(/[\s,;]+/)
          .concat(params.getAll("pick"))
          .map((code) => code.trim().toUpperCase())
          .filter(Boolean),
      ),
    ];
    const bad = codes.filter((code) => !CODE.test(code));
    if (bad.length > 0) problems.push(`Countries: expected alpha-3 codes such as FRA, received ${bad.map((code) => JSON.stringify(code)).join(", ")}.`);
    else if (codes.length === 0) problems.push("Countries: expected at least one code, typed (FRA, DEU) or picked from the list; received none.");
    else group = { kind: "countries", codes };
  } else if (params.get("body")) {
    group = { kind: "body", id: params.get("body")! };
  }
  const period: Period = { session: null, from: null, to: null };
  const periodKind = params.get("period") ?? "all";
  if (periodKind === "session") {
    const session = Number(params.get("session"));
    if (!Number.isInteger(session) || session < 1)
      problems.push(`Session: expected a session number from 1, received ${JSON.stringify(params.get("session") ?? "")}.`);
    else period.session = session;
  } else if (periodKind === "dates") {
    Object.assign(period, checkPeriod({ label: "From", value: params.get("from") }, { label: "To", value: params.get("to") }, "2019-12-31", problems));
  }
  return { group, period, problems };
}

/** The URL parameters that name a group choice, for links that carry it to another page (a roll call in the group's light). */
export function groupQuery(choice: GroupChoice): string {
  const params: Record<string, string> =
    choice.kind === "body" ? { group: "body", body: choice.id } : { group: "countries", countries: choice.codes.join(",") };
  return new URLSearchParams(params).toString();
}

/** A link to a roll call, in a group's light when a group is given (one member highlighted on request), with the way back to this page. */
export function rollCallHref(id: string, choice: GroupChoice | null, highlight?: string): string {
  const params = new URLSearchParams({ id });
  if (choice) for (const [key, value] of new URLSearchParams(groupQuery(choice))) params.set(key, value);
  if (highlight) params.set("highlight", highlight);
  params.set("back", location.pathname + location.search);
  return `/roll-call?${params}`;
}

export function periodVariables(period: Period): Period {
  return { session: period.session, from: period.from, to: period.to };
}

export function describePeriod(period: Period): string {
  if (period.session !== null) return `session ${period.session}`;
  if (period.from || period.to) return `${period.from ?? "the first roll call"} to ${period.to ?? "the last"}`;
  return "every roll call on record";
}

/** The members of the chosen group, as codes. */
export async function resolveGroup(choice: GroupChoice): Promise<Group> {
  if (choice.kind === "countries") return { name: `${choice.codes.length} countries`, memberCodes: choice.codes };
  const answer = await request("BodyMembers", { id: choice.id });
  const body = answer.data?.body;
  if (!body) throw new Unavailable(answer.errors.length > 0 ? describeErrors(answer.errors) : `no body has the id ${JSON.stringify(choice.id)}`);
  if (!body.memberCodes) throw new Unavailable(`the members of ${body.name ?? body.id} are not available: ${describeErrors(answer.errors)}`);
  if (body.memberCodes.length === 0) throw new Unavailable(`${body.name ?? body.id} has no members on record`);
  return { name: body.name ?? body.id, memberCodes: body.memberCodes };
}

export type Option = { value: string; label: string };

function radio(name: string, value: string, checked: boolean, text: string): HTMLElement {
  return h("label", { class: "choice" }, h("input", { type: "radio", name, value, checked }), ` ${text}`);
}

/**
 * The bodies for the picker, every one the hub knows: the hub's own first, then the registry's and
 * the others, page by page (the UN, WHO and UNESCO come after the first 500).
 */
export async function bodyOptions(): Promise<Option[]> {
  const { nodes } = await allPages("Bodies", { first: 500 }, (data) => data.bodies);
  return nodes.map((body) => ({ value: body.id, label: body.name ? `${body.name} (${body.id})` : body.id }));
}

export async function countryOptions(): Promise<Option[]> {
  const answer = await request("Countries", {});
  return (answer.data?.countries ?? [])
    .flatMap((country) => (country ? [country] : []))
    .map((country) => ({ value: country.code, label: `${country.name} (${country.code})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * A labelled text field with a list that narrows as one types (the browser's own datalist): for
 * hundreds of bodies or countries, where a select is a long scroll. The field holds the id or code.
 */
export function pickerField(label: string, name: string, value: string, options: Option[], placeholder: string, hint: string): HTMLElement {
  const listId = `${name}-options`;
  const input = h("input", { name, type: "text", value, list: listId, placeholder, autocomplete: "off", spellcheck: "false" });
  const wrapper = field(label, input, hint);
  wrapper.append(
    h(
      "datalist",
      { id: listId },
      options.map((option) => h("option", { value: option.value }, option.label)),
    ),
  );
  return wrapper;
}

function select(name: string, options: Option[], selected: string[], attributes: Record<string, string | boolean> = {}): HTMLSelectElement {
  return h(
    "select",
    { name, ...attributes },
    options.map((option) => h("option", { value: option.value, selected: selected.includes(option.value) }, option.label)),
  );
}

export function groupFieldset(params: URLSearchParams, bodies: Option[], countries: Option[]): HTMLFieldSetElement {
  const kind = params.get("group") ?? "body";
  return h(
    "fieldset",
    {},
    h("legend", {}, "Group"),
    radio("group", "body", kind !== "countries", "A body the hub knows"),
    pickerField(
      "Body",
      "body",
      params.get("body") ?? "community-of-democracies",
      bodies,
      "community-of-democracies",
      "Its id; type a name to narrow the list. Its members today.",
    ),
    radio("group", "countries", kind === "countries", "Countries"),
    field(
      "Country codes",
      h("input", {
        name: "countries",
        type: "text",
        value: params.get("countries") ?? "",
        placeholder: "FRA, DEU, ITA",
        autocomplete: "off",
        spellcheck: "false",
      }),
      "Alpha-3 codes, separated by commas; or pick below.",
    ),
    field("Pick countries", select("pick", countries, params.getAll("pick"), { multiple: true, size: "5" }), "Ctrl or Cmd + click to pick several."),
  );
}

export function periodFieldset(params: URLSearchParams): HTMLFieldSetElement {
  const periodKind = params.get("period") ?? "all";
  return h(
    "fieldset",
    {},
    h("legend", {}, "Period"),
    radio("period", "all", periodKind === "all", "Every roll call"),
    radio("period", "session", periodKind === "session", "One session"),
    field(
      "Session",
      h("input", { name: "session", type: "number", min: 1, max: 99, value: params.get("session") ?? "74" }),
      "The 74th session opened in September 2019.",
    ),
    radio("period", "dates", periodKind === "dates", "Dates"),
    field("From", h("input", { name: "from", type: "date", value: params.get("from") ?? "" })),
    field("To", h("input", { name: "to", type: "date", value: params.get("to") ?? "" })),
  );
}

/** The group-and-period form; `extra` adds a page's own fields (the reference state). */
export function groupForm(params: URLSearchParams, bodies: Option[], countries: Option[], extra: HTMLElement[] = [], submit = "Show"): HTMLFormElement {
  return h(
    "form",
    { class: "query-form", method: "get", "aria-label": "Group and period" },
    groupFieldset(params, bodies, countries),
    periodFieldset(params),
    ...extra,
    h("button", { type: "submit" }, submit),
  );
}
