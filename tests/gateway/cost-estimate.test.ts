/** The gateway's cost estimate on the checked-in supergraph: lists cost what fills them. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../gateway/config.js";
import { listAwareEstimator } from "../../gateway/security/limits.js";
import { groupScopes, LARGEST_GROUP } from "../../gateway/security/list-sizes.js";

const { getComplexity, simpleEstimator } = createRequire(import.meta.url)("graphql-query-complexity") as typeof import("graphql-query-complexity");
const schema = Supergraph.build(readFileSync(path.join(projectRoot(), "schema", "supergraph.graphql"), "utf8"))
  .apiSchema()
  .toGraphQLJSSchema();
const limits = { defaultListSize: 10, maxListArgument: 400 };

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return getComplexity({
    schema,
    query: document,
    variables,
    estimators: [listAwareEstimator(limits, groupScopes(schema, operation, fragments, variables)), simpleEstimator({ defaultComplexity: 1 })],
  });
}
const codes = (n: number) => Array.from({ length: n }, () => "USA");

describe("the cost estimate", () => {
  it("multiplies by the length of a list argument, literal or variable", () => {
    const query = `query ($c: [String!]) { countries(codes: $c) { code name } }`;
    expect(cost(query, { c: codes(300) })).toBe(1 + 300 * 2);
    expect(cost(query, { c: codes(3) })).toBe(1 + 3 * 2);
    expect(cost(`{ countries(codes: ["USA", "CAN"]) { code } }`)).toBe(1 + 2 * 1);
  });

  it("refuses a list argument over the limit, even inside an input object", () => {
    expect(() => cost(`query ($c: [String!]) { countries(codes: $c) { code } }`, { c: codes(401) })).toThrow(/at most 400 items, received 401/);
    expect(() => cost(`query ($c: [String!]!) { whipSheet(input: { memberCodes: $c, title: "x" }) { expectedPosition } }`, { c: codes(10_000) })).toThrow(
      /received 10000/,
    );
  });

  it("prices the agreement matrix by the pairs of the group, given or not", () => {
    const matrix = `query ($c: [String!]!) { generalAssemblyVoting(memberCodes: $c) { agreementMatrix { edges { node { agreement } } } } }`;
    // 1 (generalAssemblyVoting) + 1 (agreementMatrix) + pairs on the page × (edges 1 + node 1 + agreement 1).
    const perPair = 3;
    expect(cost(matrix, { c: codes(4) })).toBe(1 + 1 + 6 * perPair);
    // A page holds no more pairs than the group has, nor more than `first` (1,000 by default).
    expect(cost(matrix, { c: codes(100) })).toBe(1 + 1 + 1000 * perPair);
    const allPairs = `query ($c: [String!]!) { generalAssemblyVoting(memberCodes: $c) { agreementMatrix(first: 20000) { edges { node { agreement } } } } }`;
    expect(cost(allPairs, { c: codes(100) })).toBe(1 + 1 + ((100 * 99) / 2) * perPair);
    // A body's members come from another subgraph: priced as the largest group there is.
    const bodyPairs = `{ alliance { generalAssemblyVoting { agreementMatrix(first: 20000) { edges { node { agreement } } } } } }`;
    expect(cost(bodyPairs)).toBe(1 + 1 + 1 + ((LARGEST_GROUP * (LARGEST_GROUP - 1)) / 2) * perPair);
  });

  it("gives a group's member lists one item per member, and every country to an unnarrowed country list", () => {
    expect(cost(`query ($c: [String!]!) { generalAssemblyVoting(memberCodes: $c) { members { code } } }`, { c: codes(50) })).toBe(1 + 1 + 50 * 1);
    expect(cost(`{ countries { code } }`)).toBeGreaterThan(250);
  });
});
