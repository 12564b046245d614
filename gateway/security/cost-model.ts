/**
 * What a request costs, from the supergraph's `@cost` and `@listSize` (cost-directives.ts), in the
 * spirit of the IBM GraphQL Cost Directives specification that Apollo's and Hive's demand control
 * follow:
 * - a field costs its `@cost` weight (0 without one), plus 1 when it returns an object, plus its
 *   selections (as Hive Gateway's demand control counts, so that the two agree on a supergraph);
 * - a list multiplies that by its size: the value of its slicing argument (`first`), else the
 *   length of the list argument it was given (`countries(codes:)` returns one item per code), else
 *   its `assumedSize`, else the configured default;
 * - a connection's `@listSize(sizedFields: ["edges", "nodes"])` sizes those lists inside it.
 * A list argument longer than the limit is refused outright, wherever it sits.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
import type { CostDirectives, ListSize } from "./cost-directives.js";

export type CostSettings = {
  /** Items assumed for a list with no `@listSize` and no list argument. */
  defaultListSize: number;
  /** The most items one list argument (`codes`, ids) may hold. */
  maxListArgument: number;
};

/**
 * The longest list among a field's arguments, input objects and lists of lists included; 0 when it
 * has none. A loop, not `Math.max(...list)`: a client's list of 150,000 items would overflow the
 * call stack as spread arguments.
 */
export function listArgumentSize(value: unknown): number {
  let largest = Array.isArray(value) ? value.length : 0;
  if (typeof value === "object" && value !== null) {
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
      if (typeof item === "object" && item !== null) largest = Math.max(largest, listArgumentSize(item));
    }
  }
  return largest;
}

/** The largest of a `@listSize`'s slicing arguments in the request; null when none was sent. */
function slicedSize(listSize: ListSize | undefined, args: Record<string, unknown>): number | null {
  const sliced = (listSize?.slicingArguments ?? []).map((name) => args[name]).filter((value): value is number => typeof value === "number");
  return sliced.length > 0 ? Math.max(0, ...sliced) : null;
}

/**
 * The size each `sizedFields` list inherits from the field above it (a connection's `edges` and
 * `nodes` from its `first`), by selection. Worked out by walking the operation before the
 * estimate, which sees one field at a time.
 */
export function sizesFromParents(
  schema: GraphQLSchema,
  directives: CostDirectives,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): WeakMap<FieldNode, number> {
  const sizes = new WeakMap<FieldNode, number>();
  const visiting = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, sized: { fields: readonly string[]; size: number } | null) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) {
        const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
        const fragment = name ? fragments.get(name) : selection.kind === Kind.INLINE_FRAGMENT ? selection : undefined;
        if (!fragment || (name && visiting.has(name))) continue;
        if (name) visiting.add(name);
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        walk(fragment.selectionSet, condition ?? parent, sized);
        if (name) visiting.delete(name);
        continue;
      }
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      if (sized?.fields.includes(field.name)) sizes.set(selection, Math.max(sized.size, sizes.get(selection) ?? 0));
      if (!selection.selectionSet) continue;
      const listSize = directives.listSizes.get(`${parent.name}.${field.name}`);
      let inner: { fields: readonly string[]; size: number } | null = null;
      if (listSize && listSize.sizedFields.length > 0) {
        const size = slicedSize(listSize, argumentsOf(field, selection, variables)) ?? listSize.assumedSize;
        if (size !== null) inner = { fields: listSize.sizedFields, size };
      }
      walk(selection.selectionSet, getNamedType(field.type), inner);
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root, null);
  return sizes;
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    // Arguments that do not coerce are reported by execution; they size nothing here.
    return {};
  }
}

export function directiveEstimator(
  directives: CostDirectives,
  settings: CostSettings,
  fromParents: WeakMap<FieldNode, number>,
  refuse: (message: string) => Error,
): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    const given = listArgumentSize(args);
    if (given > settings.maxListArgument) {
      throw refuse(`${field.name}: a list argument may hold at most ${settings.maxListArgument} items, received ${given}.`);
    }
    const coordinate = `${type.name}.${field.name}`;
    const weight = (directives.weights.get(coordinate) ?? 0) + (isLeafType(getNamedType(field.type)) ? 0 : 1);
    const own = weight + childComplexity;
    if (!isListType(getNullableType(field.type))) return own;
    const listSize = directives.listSizes.get(coordinate);
    const size = fromParents.get(node) ?? slicedSize(listSize, args) ?? (given > 0 ? given : null) ?? listSize?.assumedSize ?? settings.defaultListSize;
    return size * own;
  };
}
