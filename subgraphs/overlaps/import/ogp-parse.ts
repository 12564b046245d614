/**
 * Reads one of Canada's Open Government Partnership action plans, as the Government of Canada's
 * open-data portal defines its tracker table (ckanext-canada `tables/nap5.yaml`, `nap6.yaml`):
 * the `commitments`, `milestones` and `indicators` fields list their choices by id (`C02`,
 * `C02.1`, `C02.1.01`) in English and French; indicators carry a due date, a lead department and,
 * in plan 5, whether they are Summit for Democracy commitments (`s4d`). Each milestone becomes an
 * activity of the plan, described by its indicators; the plan becomes an initiative of Canada.
 */
import { parse } from "yaml";
import { topicsOf } from "./commitment-topics.js";
import { type CommitmentRow, type StructureRow } from "./commitment-rows.js";

export class ActionPlanError extends Error {}

type Choice = { en?: string; fr?: string; due_date?: string | number; lead_dept?: string | null; s4d?: boolean };
type Field = { datastore_id?: string; description?: { en?: string }; choices?: Record<string, Choice> };

const OGP_SOURCE_BASE = "https://github.com/open-data/ckanext-canada/blob/fb4263f/ckanext/canada/tables/";

export type ActionPlan = { plan: StructureRow; milestones: CommitmentRow[]; indicators: number };

function fieldsOf(document: unknown, file: string): Map<string, Field> {
  const resources = (document as { resources?: { fields?: Field[] }[] })?.resources;
  const fields = resources?.[0]?.fields;
  if (!Array.isArray(fields)) throw new ActionPlanError(`${file}: expected resources[0].fields (the tracker table's fields), found none`);
  return new Map(fields.filter((field) => field.datastore_id).map((field) => [field.datastore_id!, field]));
}

function choicesOf(fields: Map<string, Field>, id: string, file: string): [string, Choice][] {
  const choices = fields.get(id)?.choices;
  if (!choices || typeof choices !== "object") throw new ActionPlanError(`${file}: expected the field ${id} with its choices, found none`);
  return Object.entries(choices);
}

/** "2023-12" or 2023 (YAML reads a bare year as a number) as a partial date. */
function dueDateOf(value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  const text = String(value);
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) ? text : null;
}

/** A milestone's sentence cut to a title: its first clause, up to fourteen words. */
function titleOf(text: string): string {
  const clause = text.split(/(?<=\w)[.;:](?=\s)|\s[–—]\s/)[0];
  const words = clause.split(/\s+/);
  return words.length > 14 ? `${words.slice(0, 14).join(" ")}…` : clause;
}

export function parseActionPlan(text: string, file: string, planNumber: number): ActionPlan {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new ActionPlanError(`${file}: not readable as YAML: ${(error as Error).message}`);
  }
  const fields = fieldsOf(document, file);
  const period = /(\d{4})\s*-\s*(\d{4})/.exec(fields.get("commitments")?.description?.en ?? "");
  if (!period) throw new ActionPlanError(`${file}: expected the plan's years ("2022-2024") in the commitments field's description, found none`);
  const commitments = new Map(choicesOf(fields, "commitments", file).map(([id, choice]) => [id, choice.en ?? id]));
  const indicators = choicesOf(fields, "indicators", file);
  const sourceUrl = `${OGP_SOURCE_BASE}${file}`;
  const planId = `initiative:ogp-canada-${planNumber}`;
  const planName = `Canada's ${planNumber === 5 ? "5th" : planNumber === 6 ? "6th" : `${planNumber}th`} National Action Plan on Open Government (${period[1]}–${period[2]})`;
  const milestones = choicesOf(fields, "milestones", file).map(([id, milestone]): CommitmentRow => {
    const own = indicators.filter(([indicatorId]) => indicatorId.startsWith(`${id}.`)).map(([, indicator]) => indicator);
    const due = own.map((indicator) => dueDateOf(indicator.due_date)).filter((date): date is string => date !== null);
    const summit = own.some((indicator) => indicator.s4d === true);
    const departments = [...new Set(own.map((indicator) => indicator.lead_dept).filter((dept): dept is string => !!dept))];
    const theme = commitments.get(id.split(".")[0]) ?? id.split(".")[0];
    const description =
      `${milestone.en ?? id}.` +
      (own.length ? ` Indicators: ${own.map((indicator) => indicator.en).join("; ")}.` : "") +
      (departments.length ? ` Lead: ${departments.join(", ")}.` : "") +
      (summit ? " A Summit for Democracy commitment." : "");
    return {
      id: `ogp-can:${planNumber}:${id}`,
      bodyId: planId,
      kind: "PROGRAMME",
      title: titleOf(milestone.en ?? id),
      description,
      theme,
      // From the commitment and milestone: the indicators' detail would tag every topic a milestone touches.
      topics: topicsOf(`${theme} ${milestone.en ?? ""}`),
      countryCodes: ["CAN"],
      startDate: period[1],
      endDate: due.sort().at(-1) ?? period[2],
      amountUsd: null,
      sourceTitle: `${planName}, milestone ${id}`,
      sourceUrl,
      sourceDate: period[1],
    };
  });
  const plan: StructureRow = {
    id: planId,
    category: "INITIATIVE",
    name: planName,
    mandate: `Open Government Partnership action plan: ${[...commitments.values()].join("; ")}`,
    began: period[1],
    ended: period[2],
    endReason: null,
    sourceTitle: planName,
    sourceUrl,
  };
  return { plan, milestones, indicators: indicators.length };
}
