// The layering lint rule (eslint.layering.js) on imports written for the test: each layer may
// import what the README's "Layout" says, and nothing else.
import path from "node:path";
import { Linter, type ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
// Loaded by path: the rule is plain JavaScript for ESLint, without type declarations.
const RULE_FILE = path.join(ROOT, "eslint.layering.js");
const { default: layering } = (await import(RULE_FILE)) as { default: ESLint.Plugin };
const linter = new Linter({ configType: "flat" });

function problems(file: string, source: string): string[] {
  const config = [{ files: ["**/*.ts"], plugins: { layering }, rules: { "layering/imports": "error" as const } }];
  return linter.verify(`import x from "${source}";\nexport default x;\n`, config, { filename: path.join(ROOT, file) }).map((problem) => problem.message);
}

describe("the layering rule", () => {
  it.each([
    ["subgraphs/alliance/store.ts", "../shared/store.js"],
    ["subgraphs/alliance/store.ts", "../platform/errors.js"],
    ["subgraphs/alliance/store.ts", "../registry.js"],
    ["subgraphs/alliance/types/bodies.ts", "../store.js"],
    ["subgraphs/shared/store.ts", "../platform/config.js"],
    ["subgraphs/shared/subgraph-service.ts", "../registry.js"],
    ["gateway/server.ts", "../subgraphs/platform/http-service.js"],
    ["gateway/launcher/launch.ts", "../../subgraphs/registry.js"],
    ["tests/gateway/x.test.ts", "../../subgraphs/alliance/store.js"],
    ["subgraphs/services.ts", "./alliance/index.js"],
  ])("lets %s import %s", (file, source) => {
    expect(problems(file, source)).toEqual([]);
  });

  it.each([
    ["subgraphs/alliance/store.ts", "../d10/store.js", "subgraph:alliance may not import subgraph:d10"],
    ["subgraphs/alliance/store.ts", "../../gateway/server.js", "subgraph:alliance may not import gateway"],
    ["subgraphs/shared/store.ts", "../alliance/store.js", "shared may not import subgraph:alliance"],
    ["subgraphs/platform/config.ts", "../shared/store.js", "platform may not import shared"],
    ["subgraphs/platform/config.ts", "../registry.js", "platform may not import registry"],
    ["gateway/server.ts", "../subgraphs/shared/store.js", "gateway may not import shared"],
    ["gateway/server.ts", "../subgraphs/un-votes/store.js", "gateway may not import subgraph:un-votes"],
  ])("refuses %s importing %s", (file, source, message) => {
    const found = problems(file, source);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });
});
