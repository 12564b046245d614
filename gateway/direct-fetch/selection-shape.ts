/**
 * The shape of a response an operation asks for, in a canonical form: fragments expanded, fields
 * with the same response key merged, arguments in name order. Two operations with the same shape
 * get responses with the same keys in the same order, whatever their text looks like. Used to tell
 * whether the query planner sent a subgraph exactly what the client asked for.
 */
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  isInterfaceType,
  Kind,
  print,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from "graphql";

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/** Null when the shape cannot be worked out safely (an unknown field, an abstract type): callers then assume it differs. */
export function selectionShape(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Fragments): string | null {
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  return shapeOf(root, [...operation.selectionSet.selections], fragments);
}

type Entry = { head: string; type: GraphQLNamedType | null; selections: SelectionNode[] };

function shapeOf(parent: GraphQLNamedType, selections: readonly SelectionNode[], fragments: Fragments): string | null {
  // Abstract types need __typename handling the planner may add: never treated as the same.
  if (isAbstractType(parent)) return null;
  const entries = new Map<string, Entry>();
  if (!collect(parent, selections, fragments, entries)) return null;
  const parts: string[] = [];
  for (const [key, entry] of entries) {
    if (entry.type === null) {
      parts.push(`${key}=${entry.head}`);
      continue;
    }
    const children = shapeOf(entry.type, entry.selections, fragments);
    if (children === null) return null;
    parts.push(`${key}=${entry.head}${children}`);
  }
  return `{${parts.join(",")}}`;
}

function collect(parent: GraphQLNamedType, selections: readonly SelectionNode[], fragments: Fragments, entries: Map<string, Entry>): boolean {
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const head = `${selection.name.value}(${[...(selection.arguments ?? [])]
        .sort((a, b) => a.name.value.localeCompare(b.name.value))
        .map(print)
        .join(",")})${(selection.directives ?? []).map(print).join("")}`;
      let type: GraphQLNamedType | null = null;
      if (selection.name.value !== "__typename") {
        if (!isObjectType(parent) && !isInterfaceType(parent)) return false;
        const field = parent.getFields()[selection.name.value];
        if (!field) return false;
        type = selection.selectionSet ? getNamedType(field.type) : null;
      }
      const existing = entries.get(key);
      if (existing) {
        if (existing.head !== head) return false;
        existing.selections.push(...(selection.selectionSet?.selections ?? []));
      } else {
        entries.set(key, { head, type, selections: [...(selection.selectionSet?.selections ?? [])] });
      }
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
    if (!fragment) return false;
    // Conditional fragments (@skip, @include) and fragments on another type change the shape by request: not handled.
    if ((selection.directives?.length ?? 0) > 0 || (fragment.directives?.length ?? 0) > 0) return false;
    const condition = fragment.typeCondition?.name.value;
    if (condition !== undefined && condition !== parent.name) return false;
    if (!collect(parent, fragment.selectionSet.selections, fragments, entries)) return false;
  }
  return true;
}
