/**
 * Whether a subgraph's answer is already exactly what Apollo Gateway would send the client.
 *
 * Apollo Gateway never returns a subgraph answer as it came: its result shaping
 * (`computeResponse` in gateway-js) rebuilds every object against the API schema, in the
 * client's field order, drops keys nobody asked for, turns leaf values the API schema lacks (an
 * `@inaccessible` enum value, a string where an Int belongs) into null with a value-completion
 * error, and bubbles nulls up through non-null fields. The direct path skips that rebuilding, so
 * it may only hand on an answer on which the rebuilding would change nothing. This check walks the
 * answer once, without copying it, and says so; anything it cannot vouch for goes to Apollo
 * Gateway's path, which shapes it as stock Apollo Gateway does.
 *
 * Compiled once per operation (the planner remembers it); each answer costs one pass over its
 * values, far less than rebuilding it.
 */
import type { Schema } from "@apollo/federation-internals";
import {
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from "graphql";
import { defaultedVariables, included, type FieldCondition, type Variables } from "../documents/field-conditions.js";
import { collectFields } from "../documents/field-collection.js";
import { leafTests, type LeafTest } from "../documents/leaf-values.js";

type FieldCheck = {
  key: string;
  conditions: FieldCondition[];
  /** `__typename`: must name the object it sits in. */
  typename: boolean;
  type: GraphQLOutputType;
  /** Sub-selection of an object-valued field, merged over every occurrence of the key. */
  object: ObjectCheck | null;
  /** For leaves: Apollo's own test of a value against the API schema's scalar or enum. */
  leaf: LeafTest | null;
  /** The value's test, wrappers (non-null, lists) unrolled once at compile time. */
  conforms: ValueTest;
};

type ValueTest = (value: unknown, variables: Variables) => boolean;

type ObjectCheck = { typeName: string; fields: FieldCheck[]; conditional: boolean };

export type AnswerCheck = (data: unknown, variables: Variables | undefined) => boolean;

/**
 * Null when the operation uses something this check does not model (abstract types, fragments on
 * another type, conditions on fragments): such operations are never answered directly.
 */
export function compileAnswerCheck(
  schema: GraphQLSchema,
  apiSchema: Schema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): AnswerCheck | null {
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const defaults = defaultedVariables(schema, operation);
  const leafTest = leafTests(apiSchema);
  const compiled = compileObject(root, operation.selectionSet.selections, fragments, leafTest);
  if (!compiled) return null;
  return (data, variables) => {
    const values = defaults ? { ...defaults, ...variables } : (variables ?? {});
    return objectConforms(compiled, data, values);
  };
}

function compileObject(
  parent: GraphQLObjectType,
  selections: readonly SelectionNode[],
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  leafTest: (typeName: string) => LeafTest | null,
): ObjectCheck | null {
  const collected = collectFields(parent, selections, fragments);
  if (!collected) return null;

  const fields: FieldCheck[] = [];
  for (const { key, conditions, type, selections: sub } of collected) {
    const check: FieldCheck = { key, conditions, typename: type === null, type: type ?? parent, object: null, leaf: null, conforms: () => false };
    if (!check.typename) {
      const named = getNamedType(check.type);
      if (isObjectType(named)) {
        const object = compileObject(named, sub, fragments, leafTest);
        if (!object) return null;
        check.object = object;
      } else if (isScalarType(named) || isEnumType(named)) {
        check.leaf = leafTest(named.name);
        if (!check.leaf) return null;
      } else {
        // Interfaces and unions: the answer's __typename decides its shape.
        return null;
      }
      check.conforms = compileValueTest(check, check.type);
    }
    fields.push(check);
  }
  return { typeName: parent.name, fields, conditional: fields.some((f) => f.conditions.length > 0) };
}

/** Whether the field is in the answer; null when a condition's variable is not a boolean (nothing to vouch for). */
function present(field: FieldCheck, variables: Variables): boolean | null {
  return included(field.conditions, variables);
}

function objectConforms(check: ObjectCheck, value: unknown, variables: Variables): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  // The same keys in the same order: Apollo Gateway rebuilds objects in the client's field order.
  // Walked with for…in (own keys of a parsed answer, in order) rather than Object.keys, which
  // would allocate an array per object: 36,000 of them in a session's listing.
  const fields = check.fields;
  let next = 0;
  for (const key in record) {
    let field = fields[next++];
    while (field && check.conditional && present(field, variables) === false) field = fields[next++];
    if (!field || key !== field.key) return false;
    if (check.conditional && present(field, variables) === null) return false;
    const fieldValue = record[key];
    if (field.typename) {
      if (fieldValue !== check.typeName) return false;
    } else if (!field.conforms(fieldValue, variables)) {
      return false;
    }
  }
  // Every expected key seen: none left over but fields absent by their conditions.
  for (; next < fields.length; next++) if (!check.conditional || present(fields[next]!, variables) !== false) return false;
  return true;
}

/** The test of one value of a type, its non-null and list wrappers unrolled into nested closures. */
function compileValueTest(field: FieldCheck, type: GraphQLOutputType): ValueTest {
  if (isNonNullType(type)) {
    const inner = compileValueTest(field, type.ofType);
    return (value, variables) => value !== null && inner(value, variables);
  }
  if (isListType(type)) {
    const item = compileValueTest(field, type.ofType);
    return (value, variables) => {
      if (value === null) return true;
      if (!Array.isArray(value)) return false;
      for (let i = 0; i < value.length; i++) if (!item(value[i], variables)) return false;
      return true;
    };
  }
  if (field.object) {
    const object = field.object;
    return (value, variables) => value === null || objectConforms(object, value, variables);
  }
  const leaf = field.leaf!;
  return (value) => value === null || leaf(value);
}
