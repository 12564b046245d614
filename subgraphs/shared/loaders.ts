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
