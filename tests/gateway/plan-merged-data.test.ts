/**
 * The plan executor's merging (gateway/plan-execution/merged-data.ts) against Apollo Gateway's own
 * `deepMerge`, over generated answers: the same merged data, and the answers merged left exactly
 * as received (the executor hands them to Apollo's path when it gives up). Entities are found at
 * a path the way Apollo's `flattenResultsAtPath` finds them (written out below, as Apollo does not
 * export it), in Apollo's data and in the executor's.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { MergedData, PlanUnsupported } from "../../gateway/plan-execution/merged-data.js";
import { seededRandom } from "../conformance/operations.js";

const require = createRequire(import.meta.url);
const { deepMerge } = require("@apollo/gateway/dist/utilities/deepMerge.js") as { deepMerge: (target: unknown, source: unknown) => unknown };

type Json = null | number | string | boolean | Json[] | { [key: string]: Json };

const KEYS = ["a", "b", "c", "__typename"];

/** A random answer: few keys, so that merges meet; lists of one or two lengths, so that some merge element by element. */
function answer(random: () => number, depth: number): Json {
  const pick = random();
  if (depth <= 0 || pick < 0.25) return random() < 0.2 ? null : random() < 0.5 ? Math.floor(random() * 3) : ["x", "y"][Math.floor(random() * 2)]!;
  if (pick < 0.45) return Array.from({ length: 1 + Math.floor(random() * 2) }, () => answer(random, depth - 1));
  const object: Record<string, Json> = {};
  for (const key of KEYS) if (random() < 0.5) object[key] = answer(random, depth - 1);
  return object;
}

/** A path into the merged data, as the planner makes them: mostly to objects that are there, sometimes off the data. */
function randomPath(data: unknown, random: () => number): string[] {
  const path: string[] = [];
  let value = data;
  do {
    if (Array.isArray(value)) {
      path.push("@");
      value = value[Math.floor(random() * value.length)];
    } else if (isObject(value) && random() < 0.9) {
      const keys = Object.keys(value).filter(
        (key) => typeof value === "object" && value !== null && typeof (value as Record<string, unknown>)[key] === "object",
      );
      const key = keys.length > 0 ? keys[Math.floor(random() * keys.length)]! : KEYS[Math.floor(random() * 3)]!;
      path.push(key);
      value = (value as Record<string, unknown>)[key];
    } else {
      path.push(KEYS[Math.floor(random() * 3)]!);
      value = undefined;
    }
  } while (path.length < 4 && random() < 0.6);
  return path;
}

/** Apollo's `flattenResultsAtPath`, as gateway-js has it. */
function apolloEntitiesAt(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0 || value === undefined || value === null) return value;
  const [current, ...rest] = path;
  if (current === "@") return (value as unknown[]).flatMap((element) => apolloEntitiesAt(element, rest));
  if (Array.isArray(value)) throw new Error("Unexpected array in result for path element");
  return apolloEntitiesAt(Object.hasOwn(value as object, current!) ? (value as Record<string, unknown>)[current!] : undefined, rest);
}

const isObject = (value: unknown): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);

describe("the plan executor's merging", () => {
  it("merges as Apollo Gateway's deepMerge does and leaves every answer as received", () => {
    const random = seededRandom(20261203);
    let compared = 0;
    let entityMerges = 0;
    for (let run = 0; run < 6000; run++) {
      const roots = Array.from({ length: 1 + Math.floor(random() * 3) }, () => answer(random, 3)).filter(isObject);
      // An _entities element is an object or null (the executor refuses anything else, as Apollo fails on it).
      const entityAnswers = Array.from({ length: 6 }, () => (random() < 0.15 ? null : answer(random, 2))).map((a) => (isObject(a) ? a : null));
      const received = structuredClone({ roots, entityAnswers });

      const apollo: Record<string, unknown> = Object.create(null);
      const ours = new MergedData();
      let gaveUp = false;
      for (const root of roots) {
        // An object merged into a leaf or a list: Apollo's merge fails or does something odd, and the executor must give up.
        let apolloFailed = false;
        try {
          deepMerge(apollo, structuredClone(root));
        } catch {
          apolloFailed = true;
        }
        try {
          ours.mergeRoot(root);
        } catch (error) {
          expect(error).toBeInstanceOf(PlanUnsupported);
          gaveUp = true;
          break;
        }
        expect(apolloFailed).toBe(false);
      }
      if (gaveUp) continue;
      const path = randomPath(apollo, random);
      let apolloEntities: unknown;
      try {
        apolloEntities = apolloEntitiesAt(apollo, path);
      } catch {
        // Apollo fails the fetch here; the executor must give up too.
        expect(() => ours.entitiesAt(path)).toThrow(PlanUnsupported);
        continue;
      }
      let entities: Record<string, unknown>[] | null;
      try {
        entities = ours.entitiesAt(path);
      } catch (error) {
        expect(error).toBeInstanceOf(PlanUnsupported);
        continue;
      }
      const expected = apolloEntities ? (Array.isArray(apolloEntities) ? apolloEntities.filter((e) => e !== null && e !== undefined) : [apolloEntities]) : null;
      expect(entities?.length ?? null).toBe(expected?.length ?? null);
      try {
        for (let i = 0; i < (entities?.length ?? 0); i++) {
          const entityAnswer = entityAnswers[i % entityAnswers.length];
          ours.mergeEntity(entities![i]!, entityAnswer);
          deepMerge(expected![i], structuredClone(entityAnswer));
          entityMerges++;
        }
      } catch (error) {
        expect(error).toBeInstanceOf(PlanUnsupported);
        continue;
      }
      expect(JSON.stringify(ours.root)).toBe(JSON.stringify(apollo));
      expect({ roots, entityAnswers }).toEqual(received);
      compared++;
    }
    // Most runs must reach the comparison, and merge entities, or the test proves little.
    console.log(`merging: ${compared} of 6000 runs compared, ${entityMerges} entity merges`);
    expect(compared).toBeGreaterThan(2000);
    expect(entityMerges).toBeGreaterThan(1000);
  });
});
