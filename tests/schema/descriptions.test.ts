/**
 * Every description in the subgraphs' schemas says something: six characters at least. Besides
 * saying little, a description of five characters or fewer ("Name.") made Grafbase's composition
 * panic (cynic_parser's trim_block_string_whitespace: capacity overflow on a one-line block
 * string that short, Grafbase CLI 0.103.0), so the hub's subgraphs could not be served by it.
 */
import "reflect-metadata";
import { visit, type ASTNode } from "graphql";
import { describe, expect, it } from "vitest";
import { subgraphDefinitions } from "../../schema/compose-supergraph.js";

describe("the subgraphs' descriptions", () => {
  it("are all at least six characters long", async () => {
    const short: string[] = [];
    for (const subgraph of await subgraphDefinitions()) {
      visit(subgraph.typeDefs, {
        enter(node: ASTNode) {
          if ("description" in node && node.description && node.description.value.length < 6) {
            short.push(`${subgraph.name}: ${"name" in node && node.name ? node.name.value : node.kind} "${node.description.value}"`);
          }
        },
      });
    }
    expect(short).toEqual([]);
  });
});
