/**
 * The demand-control declarations every subgraph gets by convention, added to its SDL before
 * `buildSubgraphSchema` so that composition carries them like any other:
 * - a connection (a field with a `first: Int` argument whose type has `edges` and `nodes`) is
 *   sized by its `first`, as the connection spec pages it;
 * - a list's size declared on an interface field holds for each implementation that does not
 *   declare its own (`@listSize` on `Body.members` prices `ExternalBody.members` too; routers
 *   read the directive on the type a selection is made on).
 * A field's own `@listSize` always wins.
 */
import {
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type TypeNode,
} from "graphql";

const LIST_SIZE = "listSize";

type FieldHolder = ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode;

function isFieldHolder(node: DocumentNode["definitions"][number]): node is FieldHolder {
  return node.kind === Kind.OBJECT_TYPE_DEFINITION || node.kind === Kind.INTERFACE_TYPE_DEFINITION;
}

function namedTypeOf(field: { type: TypeNode }): string {
  let type = field.type;
  while (type.kind !== Kind.NAMED_TYPE) type = type.type;
  return type.name.value;
}

function listSizeOf(field: FieldDefinitionNode): ConstDirectiveNode | undefined {
  return field.directives?.find((directive) => directive.name.value === LIST_SIZE);
}

const stringList = (values: string[]) => ({
  kind: Kind.LIST as const,
  values: values.map((value) => ({ kind: Kind.STRING as const, value })),
});

const argument = (name: string, values: string[]) => ({
  kind: Kind.ARGUMENT as const,
  name: { kind: Kind.NAME as const, value: name },
  value: stringList(values),
});

/** `@listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"])` */
const PAGED_BY_FIRST: ConstDirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: LIST_SIZE },
  arguments: [argument("slicingArguments", ["first"]), argument("sizedFields", ["edges", "nodes"])],
};

export function withCostConventions(document: DocumentNode): DocumentNode {
  const holders = new Map(document.definitions.filter(isFieldHolder).map((definition) => [definition.name.value, definition]));
  const isConnection = (typeName: string) => {
    const fields = new Set(holders.get(typeName)?.fields?.map((field) => field.name.value));
    return fields.has("edges") && fields.has("nodes");
  };
  const pagedByFirst = (field: FieldDefinitionNode) =>
    field.arguments?.some((argument) => argument.name.value === "first" && namedTypeOf(argument) === "Int") && isConnection(namedTypeOf(field));

  const declared = (holder: FieldHolder, field: FieldDefinitionNode): ConstDirectiveNode | undefined => {
    const own = listSizeOf(field);
    if (own) return undefined;
    for (const name of holder.interfaces ?? []) {
      const inherited = holders.get(name.name.value)?.fields?.find((candidate) => candidate.name.value === field.name.value);
      const directive = inherited && listSizeOf(inherited);
      if (directive) return directive;
    }
    return pagedByFirst(field) ? PAGED_BY_FIRST : undefined;
  };

  return {
    ...document,
    definitions: document.definitions.map((definition) => {
      if (!isFieldHolder(definition) || !definition.fields) return definition;
      return {
        ...definition,
        fields: definition.fields.map((field) => {
          const added = declared(definition, field);
          return added ? { ...field, directives: [...(field.directives ?? []), added] } : field;
        }),
      };
    }),
  } as DocumentNode;
}
