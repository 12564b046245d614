/**
 * The fields an operation selects on an object type, in the order Apollo Gateway's result shaping
 * writes them: fragments on the same type flattened in place, fields with the same response key
 * merged (their sub-selections joined), each field's `@skip`/`@include` kept. Shared by the direct
 * path's answer check and the plan executor's result shaping, which both model only this much:
 * fragments on another type or under directives, other directives, a key repeated under
 * conditions and unknown fields give null, and the operation keeps Apollo Gateway's path.
 */
import { Kind, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLOutputType, type SelectionNode } from "graphql";
import { conditionsOf, type FieldCondition } from "./field-conditions.js";

export type CollectedField = {
  key: string;
  conditions: FieldCondition[];
  /** The field's type; null for `__typename`. */
  type: GraphQLOutputType | null;
  /** The sub-selections of every occurrence of the key. */
  selections: SelectionNode[];
};

export function collectFields(
  parent: GraphQLObjectType,
  selections: readonly SelectionNode[],
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): CollectedField[] | null {
  const fields = new Map<string, CollectedField>();
  const collect = (nodes: readonly SelectionNode[]): boolean => {
    for (const node of nodes) {
      if (node.kind !== Kind.FIELD) {
        const fragment = node.kind === Kind.FRAGMENT_SPREAD ? fragments.get(node.name.value) : node;
        if (!fragment || node.directives?.length || fragment.directives?.length) return false;
        const condition = fragment.typeCondition?.name.value;
        if (condition !== undefined && condition !== parent.name) return false;
        if (!collect(fragment.selectionSet.selections)) return false;
        continue;
      }
      const key = node.alias?.value ?? node.name.value;
      const conditions = conditionsOf(node.directives);
      if (conditions === null) return false;
      const existing = fields.get(key);
      if (existing) {
        // Repeated keys with conditions of their own: whether the key appears depends on several; not modelled.
        if (conditions.length || existing.conditions.length) return false;
        existing.selections.push(...(node.selectionSet?.selections ?? []));
        continue;
      }
      let type: GraphQLOutputType | null = null;
      if (node.name.value !== "__typename") {
        // Unknown here, introspection (`__schema`, `__type`) included: answered by the gateway itself.
        const field = parent.getFields()[node.name.value];
        if (!field) return false;
        type = field.type;
      }
      fields.set(key, { key, conditions, type, selections: [...(node.selectionSet?.selections ?? [])] });
    }
    return true;
  };
  return collect(selections) ? [...fields.values()] : null;
}
