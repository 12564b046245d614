// The layering rule, as a lint rule (README, "Layout"). Three layers under the services:
// subgraphs/platform is hub-wide plumbing (serving HTTP, settings, errors, request signing, the
// actor's claims, the country table) and imports nothing of the hub's but itself;
// subgraphs/shared is what only subgraphs need (federation wiring, stores, importers, GraphQL
// types) and imports the platform; a subgraph imports its own code, shared, the platform and the
// registry, never another subgraph or the gateway; the gateway imports the platform and the
// registry, never a subgraph's code or shared. The hub-level files in subgraphs/ (the service
// list, the import command), the schema scripts and the tests compose everything.
import path from "node:path";

const ROOT = path.dirname(new URL(import.meta.url).pathname);

/** Which layer a file belongs to: "gateway", "platform", "shared", "registry", "subgraph:<name>", or null for composition code. */
function layerOf(file) {
  const relative = path.relative(ROOT, file).split(path.sep);
  if (relative[0] === "gateway") return "gateway";
  if (relative[0] !== "subgraphs") return null;
  if (relative.length === 2) return relative[1] === "registry.ts" ? "registry" : null;
  return relative[1] === "shared" || relative[1] === "platform" ? relative[1] : `subgraph:${relative[1]}`;
}

/** What each layer may import besides itself; composition code (null) may import anything. */
const MAY_IMPORT = {
  platform: [],
  shared: ["platform", "registry"],
  subgraph: ["shared", "platform", "registry"],
  gateway: ["platform", "registry"],
  registry: [],
};

function allowed(from, to) {
  if (from === null || to === null || from === to) return true;
  const kind = from.startsWith("subgraph:") ? "subgraph" : from;
  return MAY_IMPORT[kind].includes(to);
}

function describe(from) {
  const kind = from.startsWith("subgraph:") ? "subgraph" : from;
  return ["its own code", ...MAY_IMPORT[kind]].join(", ");
}

const rule = {
  meta: { type: "problem", docs: { description: "keep the layers apart: no subgraph imports another subgraph or the gateway" }, schema: [] },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    const check = (node, source) => {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = path.resolve(path.dirname(file), source).replace(/\.js$/, ".ts");
      const to = layerOf(target);
      if (!allowed(from, to))
        context.report({
          node,
          message: `${from} may not import ${to} (${source}): ${from} imports only ${describe(from)}; see README, "Layout"`,
        });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
    };
  },
};

export default { rules: { imports: rule } };
