/**
 * `npm run start:subgraph -- <name>`: one subgraph alone, with its settings from the environment
 * (HUB_HOST, its HUB_<NAME>_PORT, HUB_DATA_DIR, HUB_SUBGRAPH_SECRET …), for deployments that place
 * the services on different hosts. `npm start` runs all of them and the gateway instead.
 */
import { SUBGRAPHS } from "./registry.js";

const name = process.argv[2];
const subgraph = SUBGRAPHS.find((candidate) => candidate.name === name);
if (!subgraph) {
  console.error(
    `usage: npm run start:subgraph -- <name>; expected one of ${SUBGRAPHS.map((s) => s.name).join(", ")}, received ${name === undefined ? "nothing" : JSON.stringify(name)}`,
  );
  process.exit(2);
}
await import(`./${subgraph.name}/index.js`);
