// The layering rule, as a lint rule (README, "Layout"): a subgraph imports only its own code,
// subgraphs/shared and the subgraph registry, never another subgraph or the gateway;
// subgraphs/shared imports no subgraph and not the gateway; the gateway imports no subgraph's own
// code (only subgraphs/shared and the registry). The hub-level files in subgraphs/ (the registry,
// the service list, the import command), the schema scripts and the tests compose everything.
import path from "node:path";

const ROOT = path.dirname(new URL(import.meta.url).pathname);

/** Which layer a file belongs to: "gateway", "shared", "registry", "subgraph:<name>", or null for composition code. */
function layerOf(file) {
  const relative = path.relative(ROOT, file).split(path.sep);
  if (relative[0] === "gateway") return "gateway";
  if (relative[0] !== "subgraphs") return null;
  if (relative.length === 2) return relative[1] === "registry.ts" ? "registry" : null;
  return relative[1] === "shared" ? "shared" : `subgraph:${relative[1]}`;
}

function allowed(from, to) {
  if (from === null || to === null || from === to || to === "registry") return true;
  if (from.startsWith("subgraph:")) return to === "shared";
  if (from === "shared") return false;
  if (from === "gateway") return to === "shared";
  return true;
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
          message: `${from} may not import ${to} (${source}): a subgraph imports only its own code, subgraphs/shared and the registry; see README, "Layout"`,
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
