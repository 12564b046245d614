/**
 * How many items a list in a request will hold, for the cost estimate (limits.ts). A list is only
 * as cheap as what fills it: `first` when it has one; the list argument a client sent (`codes`
 * with 300 codes returns 300 countries); for the lists inside a group's analysis, the group's
 * size, and for the agreement matrix every pair of members. A constant guess per list would let a
 * 10,000-code request cost as much as a 10-code one.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { allCountries } from "../../subgraphs/platform/countries/reference.js";

/** Types that analyse a group of states: the lists inside them hold one item per member. */
const GROUP_TYPES = new Set(["GroupVoting"]);
/** A group whose members are not in the request (a body's membership) is priced as the largest there is: the UN's 193. */
export const LARGEST_GROUP = 193;
/** Fields that hold every unordered pair of a group's members: n(n−1)/2 items. */
export const PAIRWISE_FIELDS = new Set(["GroupVoting.agreementMatrix"]);
/** Root lists that return everything of a kind when not narrowed down by an argument. */
export const UNNARROWED_LIST_SIZES: Record<string, number> = { "Query.countries": allCountries().length };

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

export function isListOutput(type: GraphQLOutputType): boolean {
  return isListType(getNullableType(type));
}

/**
 * The group size in force at each field of the operation, for the fields inside a group's
 * analysis: set by a list argument (`generalAssemblyVoting(memberCodes: …)`), or by a group type whose members
 * come from elsewhere (`d10 { generalAssemblyVoting }`), and carried through plain objects down to the
 * first list, which holds one item per member.
 */
export function groupScopes(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): WeakMap<FieldNode, number> {
  const scopes = new WeakMap<FieldNode, number>();
  const visiting = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, scope: number | undefined) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD || selection.kind === Kind.INLINE_FRAGMENT) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
        if (!fragment || (name && visiting.has(name))) continue;
        if (name) visiting.add(name);
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        walk(fragment.selectionSet, condition ?? parent, scope);
        if (name) visiting.delete(name);
        continue;
      }
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      if (scope !== undefined) scopes.set(selection, Math.max(scope, scopes.get(selection) ?? 0));
      if (!selection.selectionSet) continue;
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(field, selection, variables);
      } catch {
        // Arguments that do not coerce are reported by execution; they size nothing here.
      }
      const given = listArgumentSize(args);
      const returnsList = isListOutput(field.type);
      const named = getNamedType(field.type);
      let inner: number | undefined;
      if (given > 0) inner = returnsList ? undefined : given;
      else if (GROUP_TYPES.has(named.name)) inner = LARGEST_GROUP;
      else inner = returnsList ? undefined : scope;
      walk(selection.selectionSet, named, inner);
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root, undefined);
  return scopes;
}
