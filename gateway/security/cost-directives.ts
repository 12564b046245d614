/**
 * The demand-control directives of the supergraph (`@cost` and `@listSize` of the cost spec,
 * https://specs.apollo.dev/cost/v0.1), read once per supergraph into a table by field coordinate.
 * The subgraphs declare them (subgraphs/shared/cost.ts); composition carries them here. The API
 * schema the gateway validates against drops them, hence this reading of the supergraph's text.
 */
import { Kind, parse, valueFromASTUntyped, type ConstDirectiveNode, type DocumentNode } from "graphql";

const COST_SPEC = "https://specs.apollo.dev/cost/";

export type ListSize = {
  assumedSize: number | null;
  slicingArguments: readonly string[];
  sizedFields: readonly string[];
  requireOneSlicingArgument: boolean;
};

export type CostDirectives = {
  /** `@cost(weight:)` by field coordinate (`Query.whipSheet`). */
  weights: ReadonlyMap<string, number>;
  /** `@listSize` by field coordinate. */
  listSizes: ReadonlyMap<string, ListSize>;
};

/** The names the supergraph gives the two directives: `@cost`, and `@listSize` when imported (else `@cost__listSize`), or renamed by `as`. */
function directiveNames(document: DocumentNode): { cost: string; listSize: string } | null {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== "link") continue;
      const args = argumentsOf(link);
      if (typeof args.url !== "string" || !args.url.startsWith(COST_SPEC)) continue;
      const prefix = typeof args.as === "string" ? args.as : "cost";
      const imported = new Map<string, string>();
      for (const entry of Array.isArray(args.import) ? args.import : []) {
        if (typeof entry === "string") imported.set(entry, entry.slice(1));
        else if (entry && typeof entry === "object" && "name" in entry)
          imported.set(String(entry.name), String((entry as { as?: string }).as ?? entry.name).slice(1));
      }
      return { cost: imported.get("@cost") ?? prefix, listSize: imported.get("@listSize") ?? `${prefix}__listSize` };
    }
  }
  return null;
}

function argumentsOf(directive: ConstDirectiveNode): Record<string, unknown> {
  return Object.fromEntries((directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]));
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

export function readCostDirectives(supergraphSdl: string): CostDirectives {
  const document = parse(supergraphSdl, { noLocation: true });
  const weights = new Map<string, number>();
  const listSizes = new Map<string, ListSize>();
  const names = directiveNames(document);
  if (!names) return { weights, listSizes };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const coordinate = `${definition.name.value}.${field.name.value}`;
      for (const directive of field.directives ?? []) {
        const args = argumentsOf(directive);
        if (directive.name.value === names.cost && typeof args.weight === "number") weights.set(coordinate, args.weight);
        if (directive.name.value === names.listSize) {
          listSizes.set(coordinate, {
            assumedSize: typeof args.assumedSize === "number" ? args.assumedSize : null,
            slicingArguments: strings(args.slicingArguments),
            sizedFields: strings(args.sizedFields),
            requireOneSlicingArgument: args.requireOneSlicingArgument !== false,
          });
        }
      }
    }
  }
  return { weights, listSizes };
}
