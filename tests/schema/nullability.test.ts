/**
 * The nullability rule of API 1.0, checked on the composed schema: every root field is nullable,
 * and so is every field that a subgraph other than the one holding its parent may have to
 * resolve. Then a stopped subgraph costs its own fields only: the rest of the answer stays.
 *
 * "May have to resolve": a type is reachable in a subgraph when one of that subgraph's root
 * fields, or an entity it resolves by key, leads to it; wherever the type is reachable but the
 * field is not served (absent or @external), the gateway must fetch the field from another
 * subgraph, and a failure there must not null out the parent.
 */
import { baseType, isInterfaceType, isObjectType, isUnionType, type NamedType, type Subgraph } from "@apollo/federation-internals";
import { describe, expect, it } from "vitest";
import { serves, subgraphs, supergraph } from "./subgraph-fields.js";

const api = supergraph.apiSchema();

/** Object types a subgraph may return: from its root fields and the entities it resolves by key, following the fields it serves. */
function reachableTypes(subgraph: Subgraph): Set<string> {
  const { schema } = subgraph;
  const keyDirective = subgraph.metadata().keyDirective();
  const reached = new Set<string>();
  const queue: NamedType[] = [];
  const visit = (type: NamedType | undefined) => {
    if (!type || reached.has(type.name)) return;
    reached.add(type.name);
    queue.push(type);
  };
  const visitFields = (type: NamedType) => {
    if (!isObjectType(type) && !isInterfaceType(type)) return;
    for (const field of type.fields()) {
      if (field.name.startsWith("_") || subgraph.metadata().isFieldExternal(field)) continue;
      visit(baseType(field.type!));
    }
  };
  for (const root of ["Query", "Mutation"]) visit(schema.type(root));
  // An entity entered by key is fetched here only for the fields served here: the object itself
  // comes from another subgraph, so only what those fields return starts here.
  for (const type of schema.types()) {
    if (isObjectType(type) && type.appliedDirectivesOf(keyDirective).some((key) => key.arguments().resolvable !== false)) visitFields(type);
  }
  while (queue.length > 0) {
    const type = queue.shift()!;
    if (isUnionType(type)) type.types().forEach(visit);
    if (isInterfaceType(type)) type.possibleRuntimeTypes().forEach(visit);
    visitFields(type);
  }
  return reached;
}

const reachable = new Map(subgraphs.map((subgraph) => [subgraph.name, reachableTypes(subgraph)]));

describe("the nullability rule on the composed API schema", () => {
  it("makes every root field nullable", () => {
    const nonNull = ["Query", "Mutation"].flatMap((root) => {
      const type = api.type(root);
      return type && isObjectType(type)
        ? type
            .fields()
            .filter((field) => field.type!.kind === "NonNullType")
            .map((field) => `${root}.${field.name}`)
        : [];
    });
    expect(nonNull).toEqual([]);
  });

  it("makes every field nullable that another subgraph may have to resolve", () => {
    const offenders: string[] = [];
    for (const type of api.types()) {
      if (!isObjectType(type) || type.name === "Query" || type.name === "Mutation") continue;
      for (const field of type.fields()) {
        if (field.type!.kind !== "NonNullType") continue;
        const missing = subgraphs.filter((subgraph) => reachable.get(subgraph.name)!.has(type.name) && !serves(subgraph, type.name, field.name));
        if (missing.length > 0) offenders.push(`${type.name}.${field.name} (reached in ${missing.map((s) => s.name).join(", ")}, served elsewhere)`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("finds what it is meant to find: the entities other subgraphs reach", () => {
    // A check that found nothing could be checking nothing: the hub's own bodies are reached
    // from the overlaps subgraph, and Country from every subgraph.
    expect(reachable.get("overlaps")!.has("D10")).toBe(true);
    expect(subgraphs.every((subgraph) => reachable.get(subgraph.name)!.has("Country"))).toBe(true);
    expect(serves(supergraph.subgraphs().get("overlaps")!, "D10", "name")).toBe(false);
  });
});
