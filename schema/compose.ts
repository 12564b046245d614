/** `npm run compose`: writes schema/supergraph.graphql. With --check, only reports whether it is stale. */
import "reflect-metadata";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { CompositionError, composeSupergraph, SUPERGRAPH_FILE } from "./compose-supergraph.js";

const check = process.argv.includes("--check");
try {
  const { supergraphSdl, hints } = await composeSupergraph();
  for (const hint of hints) console.warn(`hint: ${hint}`);
  const path = fileURLToPath(SUPERGRAPH_FILE);
  const current = await readFile(path, "utf8").catch(() => "");
  if (check) {
    console.log(current === supergraphSdl ? `${path} is up to date` : `${path} is stale: run npm run compose`);
    process.exitCode = current === supergraphSdl ? 0 : 1;
  } else if (current === supergraphSdl) {
    console.log(`${path} is up to date`);
  } else {
    await writeFile(path, supergraphSdl);
    console.log(`wrote ${path}`);
  }
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exitCode = 1;
}
