/** The supergraph the gateway plans with while subgraphs are down: shared root fields start elsewhere, nothing else moves. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../gateway/config.js";
import { supergraphWithout } from "../../gateway/failover/degraded-supergraph.js";
import { servers } from "../schema/subgraph-fields.js";

const sdl = readFileSync(path.join(projectRoot(), "schema", "supergraph.graphql"), "utf8");

function queryServers(supergraphSdl: string, field: string): string[] {
  const supergraph = Supergraph.build(supergraphSdl);
  return supergraph
    .subgraphs()
    .values()
    .filter((subgraph) => {
      const query = subgraph.schema.schemaDefinition.rootType("query");
      return !!query?.field(field);
    })
    .map((subgraph) => subgraph.name)
    .sort();
}

describe("the degraded supergraph", () => {
  it("takes a down subgraph out of the root fields others also serve, and only those", () => {
    expect(servers("Query", "countries").sort()).toEqual(["alliance", "community-of-democracies", "d10", "overlaps", "un-votes"]);
    const without = supergraphWithout(sdl, ["alliance"])!.sdl;
    expect([...supergraphWithout(sdl, ["alliance"])!.movedRootFields].sort()).toEqual(["countries", "country"]);
    expect(queryServers(without, "countries")).toEqual(["community-of-democracies", "d10", "overlaps", "un-votes"]);
    expect(queryServers(without, "country")).toEqual(["community-of-democracies", "d10", "overlaps", "un-votes"]);
    // A root field only the alliance serves stays where it is, to fail there with its error.
    expect(queryServers(without, "alliance")).toEqual(["alliance"]);
    expect(queryServers(without, "whipSheet")).toEqual(["un-votes"]);
    const twoDown = supergraphWithout(sdl, ["alliance", "d10"])!.sdl;
    expect(queryServers(twoDown, "countries")).toEqual(["community-of-democracies", "overlaps", "un-votes"]);
  });

  it("changes nothing for a subgraph it does not know", () => {
    expect(supergraphWithout(sdl, ["no-such-subgraph"])).toBeNull();
    expect(supergraphWithout(sdl, [])).toBeNull();
  });
});
