import DataLoader from "dataloader";

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
