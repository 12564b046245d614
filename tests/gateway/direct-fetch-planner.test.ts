/** Which operations the gateway may answer straight from one subgraph, decided on the checked-in supergraph. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { DirectFetchPlanner } from "../../gateway/direct-fetch/planner.js";
import { projectRoot } from "../../gateway/config.js";

const planner = new DirectFetchPlanner(readFileSync(path.join(projectRoot(), "schema", "supergraph.graphql"), "utf8"));
let key = 0;
const decide = (query: string, operationName?: string) => planner.directFetchFor(String(++key), parse(query), operationName);

describe("direct fetch decisions", () => {
  it("takes a query one subgraph answers with exactly the client's selection", () => {
    const direct = decide(
      `query Listing($s: Int) { rollCalls(filter: { session: $s }, first: 5) { edges { node { id votes(first: 3) { edges { node { position country { code } } } } } } } }`,
    );
    expect(direct).toMatchObject({ serviceName: "un-votes", variableUsages: ["s"] });
  });

  it("sees through fragments and repeated fields, which do not change the answer's shape", () => {
    const query = `query Q { ...Root d10 { name } }
      fragment Root on Query { d10 { name ... on D10 { name } } }`;
    expect(decide(query, "Q")).toMatchObject({ serviceName: "d10" });
  });

  it("leaves to Apollo Gateway what needs more than one call or a changed selection", () => {
    // @requires: the alliance's members, then un-votes.
    expect(decide(`{ unDemocracyCaucus { memberCodes generalAssemblyVoting(session: 74) { cohesion } } }`)).toBeNull();
    // Fields of four subgraphs on one country.
    expect(decide(`{ country(code: "DEU") { code unMember d10Role aodMembership { status } } }`)).toBeNull();
    // Only introspection: no subgraph at all.
    expect(decide(`{ __typename }`)).toBeNull();
    // A fragment included on a condition changes the shape per request.
    expect(decide(`query ($x: Boolean!) { d10 { ... @include(if: $x) { name } } }`)).toBeNull();
  });

  it("never takes a mutation, and remembers each decision", () => {
    expect(decide(`mutation { recordCaucusChange(country: "DEU", change: ADD, grounds: "x") { id } }`)).toBeNull();
    const document = parse(`{ d10 { name } }`);
    const first = planner.directFetchFor("same", document, undefined);
    expect(planner.directFetchFor("same", parse(`{ unDemocracyCaucus { memberCodes } }`), undefined)).toBe(first);
  });
});
