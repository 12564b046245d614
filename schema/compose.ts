/** `npm run compose`: writes schema/supergraph.graphql and schema/api.graphql. With --check, only reports whether they are stale. */
import "reflect-metadata";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { API_SCHEMA_FILE, apiSchemaSdl, CompositionError, composeSupergraph, SUPERGRAPH_FILE } from "./compose-supergraph.js";

const check = process.argv.includes("--check");
try {
  const { supergraphSdl, hints } = await composeSupergraph();
  for (const hint of hints) console.warn(`hint: ${hint}`);
  for (const [file, content] of [
    [SUPERGRAPH_FILE, supergraphSdl],
    [API_SCHEMA_FILE, apiSchemaSdl(supergraphSdl)],
  ] as const) {
    const path = fileURLToPath(file);
    const current = await readFile(path, "utf8").catch(() => "");
    if (current === content) {
      console.log(`${path} is up to date`);
    } else if (check) {
      console.log(`${path} is stale: run npm run compose`);
      process.exitCode = 1;
    } else {
      await writeFile(path, content);
      console.log(`wrote ${path}`);
    }
  }
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exitCode = 1;
}
