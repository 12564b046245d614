/**
 * One representation per distinct entity in an `_entities` call. Apollo Gateway sends one per
 * occurrence: a 193-member agreement matrix asking for each country's alliance status fetches
 * each side of the 18,528 pairs in one call, 18,528 representations for 192 distinct countries
 * (see `npm run bench`). The subgraph gets each once; its
 * answer is spread back over the occurrences, and an error on an entity is reported at the
 * entity's first occurrence.
 */
type Response = { data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number> }> };

export type Deduplicated = {
  representations: unknown[];
  /** Restores the answer for the representations as the gateway sent them. */
  expand<R extends Response>(response: R): R;
};

/** Null when every representation is distinct already: nothing to do. */
export function deduplicateRepresentations(representations: unknown): Deduplicated | null {
  if (!Array.isArray(representations) || representations.length < 2) return null;
  const indexOfKey = new Map<string, number>();
  const unique: unknown[] = [];
  const uniqueIndex = representations.map((representation) => {
    const key = JSON.stringify(representation);
    let index = indexOfKey.get(key);
    if (index === undefined) {
      index = unique.length;
      indexOfKey.set(key, index);
      unique.push(representation);
    }
    return index;
  });
  if (unique.length === representations.length) return null;
  const firstOccurrence = new Map<number, number>();
  uniqueIndex.forEach((u, i) => {
    if (!firstOccurrence.has(u)) firstOccurrence.set(u, i);
  });
  return {
    representations: unique,
    expand(response) {
      const entities = response.data?._entities;
      const data = Array.isArray(entities) ? { ...response.data, _entities: uniqueIndex.map((u) => entities[u]) } : response.data;
      const errors = response.errors?.map((error) => {
        const [root, index, ...rest] = error.path ?? [];
        return root === "_entities" && typeof index === "number" && firstOccurrence.has(index) ? { ...error, path: [root, firstOccurrence.get(index)!, ...rest] } : error;
      });
      return { ...response, data, ...(errors ? { errors } : {}) };
    },
  };
}
