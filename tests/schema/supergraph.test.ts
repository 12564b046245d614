import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { composeSupergraph, SUPERGRAPH_FILE } from "../../schema/compose-supergraph.js";

describe("schema/supergraph.graphql", () => {
  it("composes from the subgraphs without errors or hints, and the checked-in file is not stale", async () => {
    const { supergraphSdl, hints } = await composeSupergraph();
    expect(hints).toEqual([]);
    const checkedIn = await readFile(SUPERGRAPH_FILE, "utf8");
    // On failure: run `npm run compose` and commit schema/supergraph.graphql.
    expect(checkedIn).toBe(supergraphSdl);
  });
});
