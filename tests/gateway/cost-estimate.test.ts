/** The gateway's cost estimate on the checked-in supergraph: every size and weight from its @listSize and @cost. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../gateway/config.js";
import { operationCost } from "../../gateway/security/limits.js";
import { readCostDirectives } from "../../gateway/security/cost-directives.js";
import { LARGEST_GROUP, LARGEST_MEMBERSHIP, pairsOf } from "../../subgraphs/shared/cost.js";
import { WHIP_SHEET_WORK } from "../../subgraphs/un-votes/analytics/whip-sheet.js";

const supergraphSdl = readFileSync(path.join(projectRoot(), "schema", "supergraph.graphql"), "utf8");
const schema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
const directives = readCostDirectives(supergraphSdl);
const limits = { defaultListSize: 10, maxListArgument: 400 };

const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(directives, limits, { schema, document: parse(query), variables });
const codes = (n: number) => Array.from({ length: n }, () => "USA");

describe("the directives the supergraph carries", () => {
  it("are read from the composed supergraph, declared by the subgraphs", () => {
    expect(directives.listSizes.get("Body.members")?.assumedSize).toBe(LARGEST_MEMBERSHIP);
    expect(directives.listSizes.get("ExternalBody.members")?.assumedSize).toBe(LARGEST_MEMBERSHIP);
    expect(directives.listSizes.get("Query.rollCalls")).toEqual({
      assumedSize: null,
      slicingArguments: ["first"],
      sizedFields: ["edges", "nodes"],
      requireOneSlicingArgument: true,
    });
    expect(directives.weights.get("Query.whipSheet")).toBe(WHIP_SHEET_WORK);
  });

  it("follow the names a supergraph gives them, imported or prefixed", () => {
    const prefixed = readCostDirectives(`
      schema @link(url: "https://specs.apollo.dev/cost/v0.1") { query: Query }
      type Query { things: [Int] @cost__listSize(assumedSize: 7) heavy: Int @cost(weight: 9) }`);
    expect(prefixed.listSizes.get("Query.things")?.assumedSize).toBe(7);
    expect(prefixed.weights.get("Query.heavy")).toBe(9);
    expect(readCostDirectives(`type Query { things: [Int] @listSize(assumedSize: 7) }`).listSizes.size).toBe(0);
  });
});

describe("the cost estimate", () => {
  it("prices a body's members at the largest membership: the probe's ten aliased member-vote lists are refused", () => {
    const one = `body(id: "cow:UN") { members { votes(first: 500) { nodes { position } } } }`;
    // body 1 + members 193 × (Country 1 + votes connection 1 + 500 nodes × Vote 1).
    expect(cost(`{ ${one} }`)).toBe(1 + LARGEST_MEMBERSHIP * (1 + 1 + 500));
    const ten = Array.from({ length: 10 }, (_, i) => `b${i}: ${one}`).join(" ");
    expect(cost(`{ ${ten} }`)).toBe(10 * (1 + LARGEST_MEMBERSHIP * 502));
    expect(cost(`{ ${ten} }`)).toBeGreaterThan(200_000);
  });

  it("prices the agreement matrix by the pairs it computes, plus the page it returns", () => {
    const matrix = (first: number) =>
      `query ($c: [String!]!) { generalAssemblyVoting(memberCodes: $c) { agreementMatrix(first: ${first}) { nodes { a { code } agreement } } } }`;
    // GroupVoting 1 + the connection (its declared work, every pair of the largest group, plus 1) + the page × (Dyad 1 + Country 1).
    expect(cost(matrix(1), { c: codes(2) })).toBe(1 + pairsOf(LARGEST_GROUP) + 1 + 1 * 2);
    expect(cost(matrix(20_000), { c: codes(2) })).toBe(1 + pairsOf(LARGEST_GROUP) + 1 + 20_000 * 2);
  });

  it("prices a whip sheet by the calibration it replays, beyond what it returns", () => {
    const sheet = `{ whipSheet(input: { memberCodes: ["USA"], title: "x" }) { expectedPosition } }`;
    expect(cost(sheet)).toBe(WHIP_SHEET_WORK + 1);
    expect(
      cost(
        `{ a: whipSheet(input: { memberCodes: ["USA"], title: "x" }) { expectedPosition } b: whipSheet(input: { memberCodes: ["FRA"], title: "y" }) { expectedPosition } }`,
      ),
    ).toBe(2 * (WHIP_SHEET_WORK + 1));
  });

  it("sizes a connection's edges and nodes by its first, counting each list the request asks for", () => {
    expect(cost(`{ rollCalls(first: 40) { totalCount nodes { id } } }`)).toBe(1 + 40 * 1);
    expect(cost(`{ rollCalls(first: 40) { nodes { id } edges { cursor node { id } } } }`)).toBe(1 + 40 * 1 + 40 * (1 + 1));
    // Its default page (50) when the request sends none.
    expect(cost(`{ rollCalls { nodes { id } } }`)).toBe(1 + 50);
  });

  it("multiplies by the length of a list argument, literal or variable, and takes every country without one", () => {
    const query = `query ($c: [String!]) { countries(codes: $c) { code name } }`;
    expect(cost(query, { c: codes(300) })).toBe(300);
    expect(cost(query, { c: codes(3) })).toBe(3);
    expect(cost(`{ countries { code } }`)).toBe(LARGEST_GROUP);
  });

  it("refuses a list argument over the limit, even inside an input object", () => {
    expect(() => cost(`query ($c: [String!]) { countries(codes: $c) { code } }`, { c: codes(401) })).toThrow(/at most 400 items, received 401/);
    expect(() => cost(`query ($c: [String!]!) { whipSheet(input: { memberCodes: $c, title: "x" }) { expectedPosition } }`, { c: codes(10_000) })).toThrow(
      /received 10000/,
    );
  });

  it("gives a list with no declared size the configured default", () => {
    // D10.meetings declares no size: the default, 10 meetings × (D10Meeting 1).
    expect(cost(`{ d10 { meetings { year } } }`)).toBe(1 + 10 * 1);
  });
});
