/**
 * One representation per distinct entity in an `_entities` call. Apollo Gateway sends one per
 * occurrence: a 193-member agreement matrix asking for each country's alliance status sends each
 * side of the 18,528 pairs, 18,528 representations for 192 distinct countries. The subgraph gets
 * each once, and its answer is spread back so that Apollo Gateway sees what the subgraph would
 * have answered to every occurrence:
 * - each entity's data at every occurrence, and each entity's errors repeated at every
 *   occurrence, in occurrence order (as a subgraph reports errors for repeated representations);
 * - an answer that is not one entity per representation sent is handed on with a length that
 *   cannot match, so Apollo Gateway's own check ("Expected data._entities to contain N
 *   elements", N being what it sent) reports it exactly as it would without deduplication.
 */
type Response = { data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number> }> };
type ResponseError = NonNullable<Response["errors"]>[number];

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
  return {
    representations: unique,
    expand(response) {
      const entities = response.data?._entities;
      // Not a list: Apollo Gateway's "to be an array" check sees it as it came.
      if (!Array.isArray(entities)) return response;
      if (entities.length !== unique.length) {
        // Never the length Apollo Gateway expects, so its own count check fires.
        const mismatched = entities.length === representations.length ? entities.slice(0, -1) : entities;
        return { ...response, data: { ...response.data, _entities: mismatched } };
      }
      const data = { ...response.data, _entities: uniqueIndex.map((u) => entities[u]) };
      const errors = response.errors ? spreadErrors(response.errors, uniqueIndex, unique.length) : undefined;
      return { ...response, data, ...(errors ? { errors } : {}) };
    },
  };
}

/**
 * Errors on an entity, repeated at every occurrence of it in occurrence order, where the first
 * entity error stood; errors on no entity keep their places.
 */
function spreadErrors(errors: ReadonlyArray<ResponseError>, uniqueIndex: readonly number[], uniqueCount: number): ResponseError[] {
  const byEntity = new Map<number, ResponseError[]>();
  const rest: (ResponseError | "entities")[] = [];
  for (const error of errors) {
    const [root, index] = error.path ?? [];
    if (root !== "_entities" || typeof index !== "number" || index < 0 || index >= uniqueCount) {
      rest.push(error);
      continue;
    }
    if (byEntity.size === 0) rest.push("entities");
    const list = byEntity.get(index) ?? [];
    list.push(error);
    byEntity.set(index, list);
  }
  if (byEntity.size === 0) return [...errors];
  const spread: ResponseError[] = [];
  uniqueIndex.forEach((u, occurrence) => {
    for (const error of byEntity.get(u) ?? []) spread.push({ ...error, path: ["_entities", occurrence, ...error.path!.slice(2)] });
  });
  return rest.flatMap((item) => (item === "entities" ? spread : [item]));
}
