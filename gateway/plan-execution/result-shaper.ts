/**
 * The client's answer built from the merged subgraph data, as Apollo Gateway's result shaping
 * (`computeResponse` in gateway-js) builds it when nothing goes wrong: every object rebuilt in
 * the client's field order with only the keys asked for, `__typename` from the type, a missing
 * value as null, `@skip`/`@include` applied per request. Anything that would make Apollo's shaping
 * report an error (a null in a non-null place, a leaf value the API schema refuses, a list that is
 * not a list, an object of another type) makes the shaper give up (`UNSHAPED`), and the request
 * takes Apollo Gateway's path, which reports it as stock Apollo Gateway does.
 *
 * Compiled once per operation: the selection walked at compile time (fragments on the same type
 * merged, wrappers unrolled into nested closures), each answer one pass that builds the output.
 * Operations with abstract types, fragments on another type or conditions on fragments do not
 * compile (null): they keep Apollo's path.
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
import { collectFields } from "../documents/field-collection.js";
import { defaultedVariables, included, type FieldCondition, type Variables } from "../documents/field-conditions.js";
import { leafTests, type LeafTest } from "../documents/leaf-values.js";

/** The shaper's answer when Apollo's shaping would have reported an error: take Apollo's path. */
export const UNSHAPED: unique symbol = Symbol("unshaped");

export type ResultShaper = (data: Readonly<Record<string, unknown>>, variables: Variables | undefined) => Record<string, unknown> | typeof UNSHAPED;

type ValueShaper = (value: unknown, variables: Variables) => unknown;

type FieldShape = {
  key: string;
  conditions: FieldCondition[];
  /** `__typename`: always the name of the object's (object) type. */
  typename: boolean;
  shape: ValueShaper;
};

type ObjectShape = { typeName: string; fields: FieldShape[] };

export function compileResultShaper(
  schema: GraphQLSchema,
  apiSchema: Schema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): ResultShaper | null {
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const compiled = compileObject(root, operation.selectionSet.selections, fragments, leafTests(apiSchema));
  if (!compiled) return null;
  const defaults = defaultedVariables(schema, operation);
  return (data, variables) => {
    const values = defaults ? { ...defaults, ...variables } : (variables ?? {});
    // The root object carries no __typename of its own to check (Apollo reads none there either).
    return shapeFields(compiled, data, values);
  };
}

function compileObject(
  parent: GraphQLObjectType,
  selections: readonly SelectionNode[],
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  leafTest: (typeName: string) => LeafTest | null,
): ObjectShape | null {
  const collected = collectFields(parent, selections, fragments);
  if (!collected) return null;

  const object: ObjectShape = { typeName: parent.name, fields: [] };
  for (const entry of collected) {
    if (entry.type === null) {
      object.fields.push({ key: entry.key, conditions: entry.conditions, typename: true, shape: () => null });
      continue;
    }
    const named = getNamedType(entry.type);
    let shapeNamed: ValueShaper;
    if (isObjectType(named)) {
      const child = compileObject(named, entry.selections, fragments, leafTest);
      if (!child) return null;
      shapeNamed = (value, variables) => (value === null ? null : shapeObject(child, value, variables));
    } else if (isScalarType(named) || isEnumType(named)) {
      const test = leafTest(named.name);
      if (!test) return null;
      shapeNamed = (value) => (value === null || test(value) ? value : UNSHAPED);
    } else {
      // Interfaces and unions: the answer's __typename decides the shape.
      return null;
    }
    object.fields.push({ key: entry.key, conditions: entry.conditions, typename: false, shape: wrap(entry.type, shapeNamed) });
  }
  return object;
}

/** The shaper of one value of a type: non-null and list wrappers unrolled around the named type's. */
function wrap(type: GraphQLOutputType, named: ValueShaper): ValueShaper {
  if (isNonNullType(type)) {
    const inner = wrap(type.ofType, named);
    return (value, variables) => {
      const shaped = inner(value, variables);
      // Apollo reports "Cannot return null for non-nullable field" and bubbles the null up.
      return shaped === null ? UNSHAPED : shaped;
    };
  }
  if (isListType(type)) {
    const item = wrap(type.ofType, named);
    return (value, variables) => {
      if (value === null) return null;
      if (!Array.isArray(value)) return UNSHAPED;
      const output = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) {
        const shaped = item(value[i], variables);
        if (shaped === UNSHAPED) return UNSHAPED;
        output[i] = shaped;
      }
      return output;
    };
  }
  return named;
}

function shapeObject(shape: ObjectShape, value: unknown, variables: Variables): Record<string, unknown> | typeof UNSHAPED {
  if (typeof value !== "object" || Array.isArray(value)) return UNSHAPED;
  const input = value as Record<string, unknown>;
  // An object naming another type is shaped by that type in Apollo; never the case for a
  // subgraph that answers its own schema, so not modelled.
  const typename = input.__typename;
  if (typename !== undefined && typename !== shape.typeName) return UNSHAPED;
  return shapeFields(shape, input, variables);
}

function shapeFields(shape: ObjectShape, input: Readonly<Record<string, unknown>>, variables: Variables): Record<string, unknown> | typeof UNSHAPED {
  // Without a prototype, as Apollo's: a key such as "__proto__" (an alias) stays a key.
  const output: Record<string, unknown> = Object.create(null);
  for (const field of shape.fields) {
    if (field.conditions.length > 0) {
      const shown = included(field.conditions, variables);
      if (shown === null) return UNSHAPED;
      if (!shown) continue;
    }
    // Apollo reads own keys only, and a missing one as null.
    const value = Object.hasOwn(input, field.key) ? (input[field.key] ?? null) : null;
    if (field.typename) {
      // An aliased __typename falls back on the object's own __typename, as in Apollo.
      const named = value ?? (field.key !== "__typename" && Object.hasOwn(input, "__typename") ? (input.__typename ?? null) : null);
      if (named !== null && named !== shape.typeName) return UNSHAPED;
      output[field.key] = shape.typeName;
      continue;
    }
    const shaped = field.shape(value, variables);
    if (shaped === UNSHAPED) return UNSHAPED;
    output[field.key] = shaped;
  }
  return output;
}
