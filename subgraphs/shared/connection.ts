/**
 * Relay connections over lists a resolver holds in memory: the cursor is the item's position in
 * the list's order, opaque to clients. Types are made per node type, named `<Node>Connection`
 * and `<Node>Edge`.
 */
import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { decodePosition, Edge, pageInfoFor, pageSize } from "./pagination.js";
import { PageInfo } from "./types/PageInfo.js";

export type Connection<Node> = { totalCount: number; edges: { readonly cursor: string; node: Node }[]; nodes: Node[]; pageInfo: PageInfo };

/** A page as every connection answers it: its edges, the same nodes without cursors (GitHub's shortcut), and Relay's page information. */
export function connectionOf<E extends { readonly cursor: string; node: unknown }>(
  edges: E[],
  totalCount: number,
  hasNextPage: boolean,
  hasPreviousPage: boolean,
) {
  return { totalCount, edges, nodes: edges.map((edge) => edge.node as E["node"]), pageInfo: pageInfoFor(edges, hasNextPage, hasPreviousPage) };
}

// `Node` may be abstract (an interface type), hence Function rather than a constructible class.
export function createConnectionType(nodeName: string, Node: Function, description: string, options: { simpleResolvers?: boolean } = {}): ClassType {
  const nodeType = Node.prototype ? () => Node : (Node as () => Function);

  // simpleResolvers: no middleware on these fields, which matters for pages of thousands of edges.
  @ObjectType(`${nodeName}Edge`, { description: `An edge of a ${nodeName} connection.`, simpleResolvers: options.simpleResolvers })
  class EdgeType {
    @Field(() => String, { description: "Opaque cursor of this item." })
    cursor!: string;
  }
  Field(nodeType, { description: "The item." })(EdgeType.prototype, "node");

  @ObjectType(`${nodeName}Connection`, { description, simpleResolvers: options.simpleResolvers })
  class ConnectionType {
    @Field(() => Int, { description: "Items over all pages." })
    totalCount!: number;

    @Field(() => [EdgeType], { description: "This page." })
    edges!: unknown[];

    @Field(() => PageInfo, { description: "Where this page stands." })
    pageInfo!: PageInfo;
  }
  Field(() => [nodeType()], { description: "The items of this page without their cursors: `edges { node }` in short." })(ConnectionType.prototype, "nodes");
  return ConnectionType;
}

/** A page of `items` after the cursor `after` (positions in the list), at most `first` long (up to `max`). */
export function connectionFrom<Node>(kind: string, items: readonly Node[], args: { first: number; after?: string | null }, max = 500) {
  const size = pageSize(args.first, max);
  const start = args.after ? decodePosition(kind, args.after) + 1 : 0;
  const page = items.slice(start, start + size);
  const edges = page.map((node, i) => new Edge(kind, start + i, node));
  return connectionOf(edges, items.length, start + page.length < items.length, start > 0);
}

/**
 * A page of a table read in id order (keyset paging: no offset to skip, stable while rows are
 * added): `read(afterId, limit)` returns rows after the id; one more row than asked says whether
 * another page follows.
 */
export function keysetConnection<Row extends { id: number }, Node>(
  kind: string,
  args: { first: number; after: string | null },
  read: (afterId: number, limit: number) => Row[],
  totalCount: number,
  toNode: (row: Row) => Node,
  max = 500,
) {
  const size = pageSize(args.first, max);
  const afterId = args.after ? decodePosition(kind, args.after) : 0;
  const rows = read(afterId, size + 1);
  const edges = rows.slice(0, size).map((row) => new Edge(kind, row.id, toNode(row)));
  return connectionOf(edges, totalCount, rows.length > size, afterId > 0);
}
