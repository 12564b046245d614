/**
 * Which subgraphs serve each field of the composed graph, read from the checked-in supergraph:
 * what the nullability rule and the partial-failure test reason about.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { isInterfaceType, isObjectType, Supergraph, type FieldDefinition, type Subgraph } from "@apollo/federation-internals";
import { projectRoot } from "../../gateway/config.js";

export const supergraph = Supergraph.build(readFileSync(path.join(projectRoot(), "schema", "supergraph.graphql"), "utf8"));
export const subgraphs: readonly Subgraph[] = supergraph.subgraphs().values();

function fieldIn(subgraph: Subgraph, typeName: string, fieldName: string): FieldDefinition<any> | undefined {
  const type = subgraph.schema.type(typeName);
  return type && (isObjectType(type) || isInterfaceType(type)) ? (type.field(fieldName) as FieldDefinition<any> | undefined) : undefined;
}

/** Whether a subgraph serves a field itself: declared there and not @external. */
export function serves(subgraph: Subgraph, typeName: string, fieldName: string): boolean {
  const field = fieldIn(subgraph, typeName, fieldName);
  return !!field && !subgraph.metadata().isFieldExternal(field);
}

/** The subgraphs that serve a field of an object type. */
export function servers(typeName: string, fieldName: string): string[] {
  return subgraphs.filter((subgraph) => serves(subgraph, typeName, fieldName)).map((subgraph) => subgraph.name);
}

/** The fields a subgraph's field @requires from its parent (top-level names of the field set). */
export function required(subgraphName: string, typeName: string, fieldName: string): string[] {
  const subgraph = supergraph.subgraphs().get(subgraphName)!;
  const field = fieldIn(subgraph, typeName, fieldName);
  const requires = field?.appliedDirectivesOf(subgraph.metadata().requiresDirective())[0];
  if (!requires) return [];
  return String(requires.arguments().fields)
    .replace(/\{[^}]*\}/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}
