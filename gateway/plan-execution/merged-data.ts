/**
 * The data of one request as its subgraph answers arrive, merged as Apollo Gateway merges them
 * (`deepMerge`, `flattenResultsAtPath` and the representations of `executeFetch` in gateway-js),
 * with one difference: Apollo merges into the parsed answers themselves, this merges copy on
 * write. Every object the plan merges into is the request's own copy, so the subgraph answers stay
 * exactly as received and can be handed to Apollo Gateway's path untouched when the plan executor
 * gives up (plan-executor.ts). Only objects on a merge path are copied; the rest of each answer is
 * shared by reference, as in Apollo.
 *
 * Where Apollo would throw or skip an entity (a list where an object belongs, an entity without
 * the fields its key needs), this throws `PlanUnsupported` and the request takes Apollo's path.
 */
import type { RequiredField } from "./compiled-plan.js";

/** Thrown where Apollo Gateway's execution would fail or do something this does not model. */
export class PlanUnsupported extends Error {}

type Data = Record<string, unknown>;

function isObject(value: unknown): value is Data {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export class MergedData {
  /** Null-prototype, as Apollo's: an answer's "__proto__" key stays a key. */
  readonly root: Data = Object.create(null);
  private readonly owned = new WeakSet<object>([this.root]);

  /** Merges a root fetch's data into the request's data. */
  mergeRoot(data: Data): void {
    this.merge(this.root, data);
  }

  /**
   * The entities at a plan path (field names, `@` for each element of a list), each the request's
   * own copy, ready to be merged into. Null when there is nothing at the path (Apollo then skips
   * the fetch).
   */
  entitiesAt(path: readonly string[]): Data[] | null {
    const found = this.descend(this.root, path, 0);
    if (found === undefined || found === null) return null;
    const entities = Array.isArray(found) ? found.filter((entity) => entity !== null && entity !== undefined) : [found];
    for (const entity of entities) if (!isObject(entity) || !this.owned.has(entity)) throw new PlanUnsupported("an entity that is not an object");
    return entities as Data[];
  }

  /** Merges one `_entities` answer into the entity it was asked for. */
  mergeEntity(entity: Data, received: unknown): void {
    if (received === null || received === undefined) return;
    if (!isObject(received)) throw new PlanUnsupported("an _entities element that is not an object");
    this.merge(entity, received);
  }

  /** Apollo's `deepMerge`, writing only into the request's own objects. */
  private merge(target: Data, source: Data): void {
    for (const key of Object.keys(source)) {
      const incoming = source[key];
      if (incoming === undefined) continue;
      const current = Object.hasOwn(target, key) ? target[key] : undefined;
      if (current && isObject(incoming)) {
        if (!isObject(current)) throw new PlanUnsupported(`an object merged into a non-object at ${key}`);
        const own = this.own(current);
        target[key] = own;
        this.merge(own, incoming);
      } else if (Array.isArray(incoming) && Array.isArray(current) && incoming.length === current.length) {
        const own = this.own(current);
        target[key] = own;
        for (let i = 0; i < incoming.length; i++) {
          const element = own[i];
          if (isObject(element) && isObject(incoming[i])) {
            const ownElement = this.own(element);
            own[i] = ownElement;
            this.merge(ownElement, incoming[i] as Data);
          } else {
            own[i] = incoming[i];
          }
        }
      } else {
        target[key] = incoming;
      }
    }
  }

  /** Apollo's `flattenResultsAtPath`, making each object and list on the way the request's own. */
  private descend(value: unknown, path: readonly string[], at: number): unknown {
    if (at === path.length || value === undefined || value === null) return value;
    const step = path[at]!;
    if (step === "@") {
      if (!Array.isArray(value)) throw new PlanUnsupported("a path step @ on a value that is not a list");
      const found: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const element = this.ownChild(value, i);
        const below = this.descend(element, path, at + 1);
        // flatMap: a list found below adds its elements.
        if (Array.isArray(below)) for (const item of below) found.push(item);
        else found.push(below);
      }
      return found;
    }
    if (Array.isArray(value) || typeof value !== "object") throw new PlanUnsupported(`a path step ${step} on a value that is not an object`);
    return this.descend(Object.hasOwn(value, step) ? this.ownChild(value as Data, step) : undefined, path, at + 1);
  }

  /** The child at `key`, replaced in its (own) container by the request's own copy when it is an object or a list. */
  private ownChild(container: Data | unknown[], key: string | number): unknown {
    const child = (container as Record<string | number, unknown>)[key];
    if (typeof child !== "object" || child === null) return child;
    const own = this.own(child);
    (container as Record<string | number, unknown>)[key] = own;
    return own;
  }

  private own<T extends object>(value: T): T {
    if (this.owned.has(value)) return value;
    const copy = (Array.isArray(value) ? value.slice() : Object.assign(Object.create(null), value)) as T;
    this.owned.add(copy);
    return copy;
  }
}

/**
 * The representation of an entity for an `_entities` call, as Apollo builds it from the fetch's
 * `requires` (here one fragment on the entity's type, fields only: compiled-plan.ts). Apollo skips
 * an entity of another type or one missing a key field; this gives up instead.
 */
export function representationOf(entity: Data, typeCondition: string, fields: readonly RequiredField[]): Data {
  if (entity.__typename !== typeCondition) throw new PlanUnsupported(`an entity of type ${String(entity.__typename)} where ${typeCondition} was planned`);
  const representation = selectFields(entity, fields);
  if (representation === null || representation.__typename === undefined) throw new PlanUnsupported("an entity without the fields of its key");
  return representation;
}

/** Apollo's `executeSelectionSet` over fields only: null when a field is missing. */
function selectFields(source: unknown, fields: readonly RequiredField[]): Data | null {
  if (source === null) return null;
  if (typeof source !== "object" || Array.isArray(source)) throw new PlanUnsupported("a key field's value is not an object");
  const record = source as Data;
  const result: Data = Object.create(null);
  for (const field of fields) {
    const value = Object.hasOwn(record, field.key) ? record[field.key] : undefined;
    if (value === undefined) return null;
    if (Array.isArray(value)) result[field.key] = value.map((item) => (field.fields ? selectFields(item, field.fields) : item));
    else result[field.key] = field.fields ? selectFields(value, field.fields) : value;
  }
  return result;
}
