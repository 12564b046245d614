// No import circle in the product's code (gateway/ and subgraphs/), type-only imports included:
// each file's relative imports, read by TypeScript's own pre-processor, form a graph with no cycle.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return name === "node_modules" || name === "generated" ? [] : sourceFiles(file);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [file] : [];
  });
}

/** The files a file imports by relative path (`./x.js` is `./x.ts` in the source). */
function importsOf(file: string): string[] {
  return ts
    .preProcessFile(readFileSync(file, "utf8"), true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => path.resolve(path.dirname(file), name.replace(/\.js$/, ".ts")));
}

/** Every cycle found by a depth-first walk, each as the files around it. */
export function importCircles(graph: Map<string, string[]>): string[][] {
  const circles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") circles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return circles;
}

describe("imports", () => {
  it("finds a circle when there is one (a made-up graph)", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
    ]);
    expect(importCircles(graph)).toEqual([["a", "b", "c"]]);
    expect(
      importCircles(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toEqual([]);
  });

  it("form no circle in gateway/ and subgraphs/, type-only imports included", () => {
    const files = [...sourceFiles(path.join(ROOT, "gateway")), ...sourceFiles(path.join(ROOT, "subgraphs"))];
    expect(files.length).toBeGreaterThan(300);
    const graph = new Map(files.map((file) => [file, importsOf(file)]));
    const circles = importCircles(graph).map((circle) => circle.map((file) => path.relative(ROOT, file)).join(" → "));
    expect(circles).toEqual([]);
  });
});
