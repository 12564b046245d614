/**
 * The supergraph as it plans around subgraphs that are down. Root fields that several subgraphs
 * serve (`Query.country`, `Query.countries`: every subgraph answers them) are planned in one of
 * them; when that one is down the whole answer is lost, though four others could have given it.
 * This variant lists, for each such root field, only the subgraphs that are up, so the planner
 * starts elsewhere. Nothing else changes: a field only the stopped subgraph serves still goes to
 * it, and fails there alone.
 */
import { Kind, parse, print, type ConstDirectiveNode, type DocumentNode, type EnumTypeDefinitionNode, type ObjectTypeDefinitionNode } from "graphql";

const ROOT_TYPES = new Set(["Query"]);

/** Enum value of each subgraph in `join__Graph` (e.g. `d10` → `D10`). */
function graphValues(document: DocumentNode): Map<string, string> {
  const graphs = document.definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === "join__Graph");
  const values = new Map<string, string>();
  for (const value of graphs?.values ?? []) {
    const name = value.directives?.find((d) => d.name.value === "join__graph")?.arguments?.find((a) => a.name.value === "name")?.value;
    if (name?.kind === Kind.STRING) values.set(name.value, value.name.value);
  }
  return values;
}

function graphOf(directive: ConstDirectiveNode): string | null {
  const graph = directive.arguments?.find((a) => a.name.value === "graph")?.value;
  return graph?.kind === Kind.ENUM ? graph.value : null;
}

function joinField(graph: string): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: "join__field" },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "graph" }, value: { kind: Kind.ENUM, value: graph } }],
  };
}

export type DegradedSupergraph = { sdl: string; movedRootFields: ReadonlySet<string> };

/**
 * The supergraph SDL with `down` subgraphs removed from every root field that another subgraph
 * also serves, and the names of those root fields; null when no root field changes (nothing to
 * plan differently).
 */
export function supergraphWithout(supergraphSdl: string, down: readonly string[]): DegradedSupergraph | null {
  const document = parse(supergraphSdl);
  const values = graphValues(document);
  const downValues = new Set(down.map((name) => values.get(name)).filter((value): value is string => value !== undefined));
  if (downValues.size === 0) return null;
  const moved = new Set<string>();
  const definitions = document.definitions.map((definition) => {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !ROOT_TYPES.has(definition.name.value)) return definition;
    const typeGraphs = (definition.directives ?? [])
      .filter((d) => d.name.value === "join__type")
      .map(graphOf)
      .filter((g): g is string => g !== null);
    const fields = (definition.fields ?? []).map((field) => {
      const joins = (field.directives ?? []).filter((d) => d.name.value === "join__field");
      // A field without join__field is served by every subgraph that declares the type.
      const serving = joins.length > 0 ? joins.map(graphOf).filter((g): g is string => g !== null) : typeGraphs;
      const up = serving.filter((graph) => !downValues.has(graph));
      if (up.length === serving.length || up.length === 0) return field;
      moved.add(field.name.value);
      const others = (field.directives ?? []).filter((d) => d.name.value !== "join__field" || !downValues.has(graphOf(d) ?? ""));
      const directives = joins.length > 0 ? others : [...others, ...up.map(joinField)];
      return { ...field, directives };
    });
    return { ...definition, fields } satisfies ObjectTypeDefinitionNode;
  });
  return moved.size > 0 ? { sdl: print({ ...document, definitions }), movedRootFields: moved } : null;
}
