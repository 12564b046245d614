import DataLoader from "dataloader";
import { groupBy } from "./collections.js";

/**
 * A loader for a whole table or a single row: there is one key, so it only makes sure a request
 * reads the store once however many fields ask.
 */
export function singleValueLoader<T>(read: () => T): DataLoader<"all", T> {
  return new DataLoader<"all", T>(async (keys) => {
    const value = read();
    return keys.map(() => value);
  });
}

/** The items loaded for `keys`, in their order, leaving out keys that load nothing (a country code the reference does not know). */
export async function loadKnown<Key, Value>(loader: DataLoader<Key, Value | null>, keys: readonly Key[]): Promise<Value[]> {
  const loaded = await loader.loadMany(keys);
  return loaded.filter((value): value is Value => value !== null && !(value instanceof Error));
}

/** A loader of rows grouped by one column, each key answered with its group (empty when none), each row mapped. */
export function groupedLoader<Key extends string | number, Row, Value = Row>(
  fetch: (keys: readonly Key[]) => Row[],
  keyOf: (row: Row) => Key,
  map: (row: Row) => Value = (row) => row as unknown as Value,
): DataLoader<Key, Value[]> {
  return new DataLoader<Key, Value[]>(async (keys) => {
    const groups = groupBy(fetch(keys), (row) => String(keyOf(row)));
    return keys.map((key) => (groups.get(String(key)) ?? []).map(map));
  });
}

/** A loader of rows by id, null for an id with no row. */
export function byIdLoader<Row extends { id: number }>(fetch: (ids: readonly number[]) => Row[]): DataLoader<number, Row | null> {
  return new DataLoader<number, Row | null>(async (ids) => {
    const rows = new Map(fetch(ids).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}
