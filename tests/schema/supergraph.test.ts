import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { API_SCHEMA_FILE, apiSchemaSdl, composeSupergraph, SUPERGRAPH_FILE } from "../../schema/compose-supergraph.js";

describe("schema/supergraph.graphql and schema/api.graphql", () => {
  it("compose from the subgraphs without errors or unexpected hints, and the checked-in files are not stale", async () => {
    const { supergraphSdl, hints } = await composeSupergraph();
    expect(hints).toEqual([]);
    // On failure: run `npm run compose` and commit both files.
    expect(await readFile(SUPERGRAPH_FILE, "utf8")).toBe(supergraphSdl);
    expect(await readFile(API_SCHEMA_FILE, "utf8")).toBe(apiSchemaSdl(supergraphSdl));
  });
});
