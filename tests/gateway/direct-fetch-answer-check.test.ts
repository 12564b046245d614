/** The direct path's check that an answer is already what Apollo Gateway's result shaping would send. */
import { composeServices } from "@apollo/composition";
import { Supergraph } from "@apollo/federation-internals";
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { compileAnswerCheck } from "../../gateway/direct-fetch/answer-check.js";
import { inaccessible } from "../conformance/cases/inaccessible.js";
import { subgraphTypeDefs } from "../conformance/tiny-subgraph.js";

const composed = composeServices(inaccessible.subgraphs.map((s) => ({ name: s.name, typeDefs: subgraphTypeDefs(s), url: `http://127.0.0.1/${s.name}` })));
const apiSchema = Supergraph.build(composed.supergraphSdl!).apiSchema();
const schema = apiSchema.toGraphQLJSSchema();

function check(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return compileAnswerCheck(schema, apiSchema, operation, fragments)!;
}

describe("the direct path's answer check", () => {
  it("vouches for an answer with the client's keys, in its order, and values the API schema allows", () => {
    const conforms = check(`{ usersB { id type friends { id } } }`);
    expect(
      conforms(
        {
          usersB: [
            { id: "1", type: "ADMIN", friends: [] },
            { id: "4", type: null, friends: [{ id: "1" }] },
          ],
        },
        {},
      ),
    ).toBe(true);
  });

  it("refuses an enum value the API schema hides, wherever it sits", () => {
    expect(check(`{ usersB { id type } }`)({ usersB: [{ id: "3", type: "SERVICE_ACCOUNT" }] }, {})).toBe(false);
    expect(check(`{ usersInFriends { friends { type } } }`)({ usersInFriends: [{ friends: [{ type: "ADMIN" }, { type: "SERVICE_ACCOUNT" }] }] }, {})).toBe(
      false,
    );
  });

  it("refuses keys out of order, keys nobody asked for, missing keys, nulls in non-null fields and wrong types", () => {
    const conforms = check(`{ usersB { id strictType } }`);
    expect(conforms({ usersB: [{ strictType: "ADMIN", id: "1" }] }, {})).toBe(false);
    expect(conforms({ usersB: [{ id: "1", strictType: "ADMIN", extra: 1 }] }, {})).toBe(false);
    expect(conforms({ usersB: [{ id: "1" }] }, {})).toBe(false);
    expect(conforms({ usersB: [{ id: "1", strictType: null }] }, {})).toBe(false);
    expect(conforms({ usersB: [{ id: true, strictType: "ADMIN" }] }, {})).toBe(false);
    expect(conforms({ usersB: { id: "1", strictType: "ADMIN" } }, {})).toBe(false);
  });

  it("expects a conditional field exactly when its condition holds, defaults included", () => {
    const conforms = check(`query ($x: Boolean = true) { usersB { id type @include(if: $x) } }`);
    expect(conforms({ usersB: [{ id: "1", type: "ADMIN" }] }, {})).toBe(true);
    expect(conforms({ usersB: [{ id: "1" }] }, { x: false })).toBe(true);
    expect(conforms({ usersB: [{ id: "1", type: "ADMIN" }] }, { x: false })).toBe(false);
  });

  it("declines what it does not model, such as a fragment included on a condition", () => {
    expect(
      compileAnswerCheck(
        schema,
        apiSchema,
        parse(`query ($x: Boolean!) { usersB { ... @include(if: $x) { id } } }`).definitions[0] as OperationDefinitionNode,
        new Map(),
      ),
    ).toBeNull();
  });
});
