/**
 * The nullability rule at work: every README example, run with each subgraph stopped in turn,
 * still answers everything the other subgraphs own. For each (subgraph, example): the answer with
 * all five up, then the answer with one stopped, compared field by field along the query. A field
 * the stopped subgraph alone serves (or whose @requires it alone serves) may turn null; every
 * other field must keep its value, and every error must name the stopped subgraph.
 * Made-up fixture data (tests/fixtures): what is compared is the shape of the answer, not the figures.
 */
import path from "node:path";
import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { importFreedomHouse, importVdem } from "../../subgraphs/alliance/import/ratings-import.js";
import { importCowIgo } from "../../subgraphs/overlaps/import/cow-import.js";
import { SUBGRAPHS } from "../../subgraphs/registry.js";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import type { GraphQLResult } from "../harness.js";
import { useHub } from "../hub-hooks.js";
import { readmeExample } from "../readme.js";
import { required, servers, supergraph } from "../schema/subgraph-fields.js";
import { FIXTURES } from "../shared-data.js";

const README_EXAMPLES = [
  "Example",
  "For caucus whips: General Assembly votes",
  "For the AoD secretariat: eligibility, membership and the Alliance's record",
  "Before creating anything: overlaps",
];
const schema: GraphQLSchema = supergraph.apiSchema().toGraphQLJSSchema();

/** Whether a field can only be answered with the stopped subgraph: it alone serves it, or it alone serves what the field @requires. */
function needs(stopped: string, parent: GraphQLCompositeType, fieldName: string): boolean {
  // On an interface, a field is as available as its least available implementation.
  const types = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
  return types.some((type) => {
    const serving = servers(type.name, fieldName);
    if (serving.length === 0 || serving.every((name) => name === stopped)) return true;
    return serving.every((name) => required(name, type.name, fieldName).some((requiredField) => servers(type.name, requiredField).every((s) => s === stopped)));
  });
}

/** Paths where `degraded` lost a value of `full` that the stopped subgraph does not own; `kept` counts the values compared and found intact. */
function losses(
  stopped: string,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  full: any,
  degraded: any,
  path: string,
  kept = { count: 0 },
): string[] {
  const found: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) throw new Error(`${path}: the README examples use no fragments; this test does not follow them`);
    const key = selection.alias?.value ?? selection.name.value;
    if (selection.name.value === "__typename") continue;
    const fullValue = full?.[key];
    if (fullValue === null || fullValue === undefined || needs(stopped, parent, selection.name.value)) continue;
    const here = `${path}.${key}`;
    const value = degraded?.[key];
    if (value === null || value === undefined) {
      found.push(`${here}: lost (served by ${servers(isObjectType(parent) ? parent.name : "", selection.name.value).join(", ") || "the implementations"})`);
      continue;
    }
    if (isUnionType(parent)) throw new Error(`${here}: the README examples select no fields on unions; this test does not follow them`);
    const type = getNamedType(parent.getFields()[selection.name.value].type);
    if (isLeafType(type) || !selection.selectionSet) {
      if (JSON.stringify(value) !== JSON.stringify(fullValue)) found.push(`${here}: ${JSON.stringify(fullValue)} became ${JSON.stringify(value)}`);
      else kept.count++;
      continue;
    }
    const fulls = Array.isArray(fullValue) ? fullValue : [fullValue];
    const values = Array.isArray(value) ? value : [value];
    if (fulls.length !== values.length) {
      found.push(`${here}: ${fulls.length} items became ${values.length}`);
      continue;
    }
    fulls.forEach((item, i) =>
      found.push(
        ...losses(stopped, selection.selectionSet!, type as GraphQLCompositeType, item, values[i], Array.isArray(value) ? `${here}[${i}]` : here, kept),
      ),
    );
  }
  return found;
}

for (const stopped of SUBGRAPHS.map((subgraph) => subgraph.name)) {
  describe(`the README examples with the ${stopped} subgraph stopped`, () => {
    const hub = useHub({ HUB_SUBGRAPH_TIMEOUT_MS: "1000" });
    const before = new Map<string, GraphQLResult>();
    const kept = { count: 0 };

    beforeAll(async () => {
      const quiet = { progress: null };
      await importUnVotes(hub().stores["un-votes"], path.join(FIXTURES, "unvotes-mini"), quiet);
      await importFreedomHouse(hub().stores.alliance.db, path.join(FIXTURES, "freedomhouse-mini.csv"), quiet);
      await importVdem(hub().stores.alliance.db, path.join(FIXTURES, "vdem-mini.csv"), quiet);
      await importCowIgo(hub().stores.overlaps, path.join(FIXTURES, "cow-mini"), quiet);
      for (const heading of README_EXAMPLES) {
        const result = await hub().query((await readmeExample(heading)).query);
        expect(result.errors, `${heading}, all subgraphs up`).toBeUndefined();
        before.set(heading, result);
      }
      await hub().subgraphServices[stopped].stop();
    }, 60_000);

    it.each(README_EXAMPLES)("%s: keeps everything the other subgraphs own", async (heading) => {
      const { query } = await readmeExample(heading);
      const after = await hub().query(query);
      const operation = parse(query).definitions[0];
      if (operation.kind !== Kind.OPERATION_DEFINITION) throw new Error("expected an operation");
      expect(losses(stopped, operation.selectionSet, schema.getQueryType()!, before.get(heading)!.data, after.data, "data", kept)).toEqual([]);
      for (const error of after.errors ?? []) expect(error.extensions?.serviceName, JSON.stringify(error)).toBe(stopped);
    });

    it("compared values the other subgraphs own (the check above is not empty)", () => {
      expect(kept.count).toBeGreaterThan(0);
    });
  });
}
