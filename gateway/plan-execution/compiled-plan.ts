/**
 * The query plans the plan executor runs, in a form made for running them: sequences, parallel
 * branches, root fetches and entity fetches below a path. A plan with anything else (a condition
 * node, @defer, a subscription, data rewrites, `@fromContext`, an entity fetch whose key is not
 * one fragment of fields on the entity's type) does not compile and keeps Apollo Gateway's path.
 * Compiled once per operation.
 */
import type { FetchNode, PlanNode, QueryPlan, QueryPlanSelectionNode } from "@apollo/query-planner";

/** A field of an entity's key (or of what a fetch requires), with the fields below it. */
export type RequiredField = { key: string; fields: RequiredField[] | null };

export type SubgraphFetch = {
  serviceName: string;
  query: string;
  operationName: string | undefined;
  /** The client variables the fetch uses, passed on as Apollo Gateway passes them. */
  variableUsages: readonly string[];
};

export type EntityFetch = SubgraphFetch & {
  /** Where the entities are in the data: field names, `@` for each element of a list. */
  path: readonly string[];
  typeCondition: string;
  requires: readonly RequiredField[];
};

export type PlanStep =
  | { kind: "sequence"; steps: PlanStep[] }
  | { kind: "parallel"; steps: PlanStep[] }
  | { kind: "fetch"; fetch: SubgraphFetch }
  | { kind: "entities"; fetch: EntityFetch };

export type CompiledPlan = { root: PlanStep };

export function compilePlan(plan: QueryPlan): CompiledPlan | null {
  const node = plan.node;
  if (!node || node.kind === "Subscription") return null;
  const root = compileNode(node);
  return root ? { root } : null;
}

function compileNode(node: PlanNode): PlanStep | null {
  switch (node.kind) {
    case "Sequence":
    case "Parallel": {
      const steps: PlanStep[] = [];
      for (const child of node.nodes) {
        const step = compileNode(child);
        if (!step) return null;
        steps.push(step);
      }
      return { kind: node.kind === "Sequence" ? "sequence" : "parallel", steps };
    }
    case "Fetch": {
      const fetch = subgraphFetch(node);
      if (!fetch || node.requires) return null;
      return { kind: "fetch", fetch };
    }
    case "Flatten": {
      if (node.node.kind !== "Fetch" || !node.node.requires) return null;
      const fetch = subgraphFetch(node.node);
      const key = entityKey(node.node.requires);
      if (!fetch || !key || fetch.variableUsages.includes("representations")) return null;
      if (!node.path.every((step): step is string => typeof step === "string")) return null;
      return { kind: "entities", fetch: { ...fetch, path: node.path, ...key } };
    }
    default:
      return null;
  }
}

function subgraphFetch(node: FetchNode): SubgraphFetch | null {
  if (node.operationKind !== "query" || node.hasDefers) return null;
  if (node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) return null;
  return { serviceName: node.serviceName, query: node.operation, operationName: node.operationName, variableUsages: node.variableUsages ?? [] };
}

/** One fragment on the entity's type holding fields only; anything else is not modelled. */
function entityKey(requires: readonly QueryPlanSelectionNode[]): { typeCondition: string; requires: RequiredField[] } | null {
  const [fragment, ...others] = requires;
  if (!fragment || others.length > 0 || fragment.kind !== "InlineFragment" || !fragment.typeCondition) return null;
  const fields = requiredFields(fragment.selections);
  return fields ? { typeCondition: fragment.typeCondition, requires: fields } : null;
}

function requiredFields(selections: readonly QueryPlanSelectionNode[]): RequiredField[] | null {
  const fields: RequiredField[] = [];
  for (const selection of selections) {
    if (selection.kind !== "Field") return null;
    let below: RequiredField[] | null = null;
    if (selection.selections) {
      below = requiredFields(selection.selections);
      if (!below) return null;
    }
    fields.push({ key: selection.alias ?? selection.name, fields: below });
  }
  return fields;
}
