/** Cursor pagination over an ordered list: opaque cursors, a bounded page size, clear errors. */
import { inputError } from "../platform/errors.js";

export function encodeCursor(kind: string, key: string | number): string {
  return Buffer.from(`${kind}:${key}`, "utf8").toString("base64url");
}

/**
 * An edge whose cursor is encoded only if a client asks for it: most listings never do, and a
 * session's votes are 18,000 edges.
 */
export class Edge<Node> {
  constructor(
    private readonly kind: string,
    private readonly key: string | number,
    readonly node: Node,
  ) {}

  get cursor(): string {
    return encodeCursor(this.kind, this.key);
  }

  /** The same position holding another node: a page is cut from cheap items and filled in only for the items on it. */
  withNode<Other>(node: Other): Edge<Other> {
    return new Edge(this.kind, this.key, node);
  }
}

/** The key inside a cursor made by encodeCursor(kind, …); a cursor of another kind or shape is a client error. */
export function decodeCursor(kind: string, cursor: string, argument = "after"): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith(`${kind}:`)) {
    throw inputError(argument, `expected a cursor from this connection, received ${JSON.stringify(cursor)}`);
  }
  return decoded.slice(kind.length + 1);
}

/** A whole number kept in a cursor (a position in a list, a row id); a cursor holding anything else is a client error. */
export function decodePosition(kind: string, cursor: string, argument = "after"): number {
  const position = Number(decodeCursor(kind, cursor, argument));
  if (!Number.isInteger(position) || position < 0) {
    throw inputError(argument, `expected a cursor from this connection, received ${JSON.stringify(cursor)}`);
  }
  return position;
}

export function pageSize(first: number, max: number, argument = "first"): number {
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw inputError(argument, `expected a whole number from 0 to ${max}, received ${first}`);
  }
  return first;
}

/**
 * A page of `items` (sorted ascending by `position`) after the item whose position is
 * `afterPosition`: the first `first` items whose position is greater.
 */
export function pageAfter<T>(items: readonly T[], position: (item: T) => number, afterPosition: number | null, first: number) {
  let start = 0;
  if (afterPosition !== null) {
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (position(items[mid]) <= afterPosition) low = mid + 1;
      else high = mid;
    }
    start = low;
  }
  const page = items.slice(start, start + first);
  return { page, hasNextPage: start + first < items.length, hasPreviousPage: start > 0 };
}

/** Relay page information for a page of edges. */
export function pageInfoFor(edges: readonly { cursor: string }[], hasNextPage: boolean, hasPreviousPage: boolean) {
  return { hasNextPage, hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
}
