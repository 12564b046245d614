/**
 * A field's `@skip`/`@include`, evaluated per request as Apollo Gateway's result shaping does:
 * the answer has the field only when its conditions hold. Shared by the direct path's answer
 * check and the plan executor's result shaping.
 */
import { isEnumType, isScalarType, Kind, valueFromAST, type DirectiveNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";

export type Variables = Readonly<Record<string, unknown>>;

/** One `@skip(if:)` or `@include(if:)`, on a variable or a literal. */
export type FieldCondition = { variable: string | null; literal: boolean; include: boolean };

/** The field's conditions; null for any other directive, or an `if` that is neither a variable nor a boolean. */
export function conditionsOf(directives: readonly DirectiveNode[] | undefined): FieldCondition[] | null {
  const conditions: FieldCondition[] = [];
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== "skip" && name !== "include") return null;
    const argument = directive.arguments?.find((a) => a.name.value === "if")?.value;
    if (argument?.kind === Kind.VARIABLE) conditions.push({ variable: argument.name.value, literal: false, include: name === "include" });
    else if (argument?.kind === Kind.BOOLEAN) conditions.push({ variable: null, literal: argument.value, include: name === "include" });
    else return null;
  }
  return conditions;
}

/** Whether a field with these conditions is in the answer; null when a condition's variable is not a boolean (Apollo fails the request then). */
export function included(conditions: readonly FieldCondition[], variables: Variables): boolean | null {
  let result = true;
  for (const condition of conditions) {
    const value = condition.variable === null ? condition.literal : variables[condition.variable];
    if (typeof value !== "boolean") return null;
    if (value !== condition.include) result = false;
  }
  return result;
}

/** The operation's variable defaults, which apply when the client leaves a variable out (as in Apollo's result shaping). */
export function defaultedVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> | null {
  let defaults: Record<string, unknown> | null = null;
  for (const definition of operation.variableDefinitions ?? []) {
    if (!definition.defaultValue) continue;
    const typeName = definition.type.kind === Kind.NON_NULL_TYPE ? definition.type.type : definition.type;
    const type = typeName.kind === Kind.NAMED_TYPE ? schema.getType(typeName.name.value) : undefined;
    if (type && (isScalarType(type) || isEnumType(type))) (defaults ??= {})[definition.variable.name.value] = valueFromAST(definition.defaultValue, type);
  }
  return defaults;
}
