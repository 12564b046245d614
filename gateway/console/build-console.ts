/**
 * Builds the console (web/) into static files the gateway serves: one HTML page per screen, the
 * scripts bundled and split by esbuild, everything a page needs inside the bundle (styles, map
 * shapes, the API schema for the explorer), so the browser never asks anything of another host.
 * Each file is also written gzipped; the page weights are measured on those and checked against
 * the budget.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { projectRoot } from "../config.js";
import { CONSOLE_PAGES, pageHtml } from "./pages.js";
import { checkConsoleOperations, manifestOf, readConsoleOperations, type ConsoleOperation } from "./operations-manifest.js";
import { generateOperationTypes, operationTypesFile, readOperationTypes } from "./operation-types.js";
import { readmeOperations } from "./readme-operations.js";
import { MANIFEST_FILE } from "./serve-console.js";
import { worldShapes } from "./world-shapes.js";
import { whipAccuracy } from "./whip-accuracy.js";

/** What a page may weigh, compressed, with everything it loads (the explorer is exempt: it carries GraphiQL). */
export const PAGE_BUDGET_BYTES = 300 * 1024;

export type PageWeight = { page: string; files: string[]; bytes: number; gzipBytes: number; budgetBytes: number | null };

export type ConsoleBuild = { outDir: string; pages: PageWeight[]; operationCount: number };

export class ConsoleBuildError extends Error {}

export function defaultConsoleDir(): string {
  return path.join(projectRoot(), "dist", "console");
}

/**
 * Builds the console into `outDir`. With `writeTypes` (npm run build), the operations' generated
 * types are rewritten in the source tree when they changed; tests leave them as checked in, so a
 * stale file fails its test rather than being quietly replaced.
 */
export async function buildConsole(outDir = defaultConsoleDir(), options: { writeTypes?: boolean } = {}): Promise<ConsoleBuild> {
  const root = projectRoot();
  const webDir = path.join(root, "gateway", "console", "web");
  const schemaSdl = readFileSync(path.join(root, "schema", "api.graphql"), "utf8");

  const operations = readConsoleOperations(path.join(webDir, "operations"));
  const problems = checkConsoleOperations(operations, schemaSdl);
  if (problems.length > 0) throw new ConsoleBuildError(`the console's operations do not fit schema/api.graphql:\n  ${problems.join("\n  ")}`);
  if (options.writeTypes) await writeOperationTypes(operations, schemaSdl);

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const outputs = await bundle(webDir, outDir, generatedModules(root, operations, schemaSdl));
  const pages = writePages(root, webDir, outDir, outputs);
  writeFileSync(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifestOf(operations), null, 2)}\n`);
  weigh(
    pages,
    compressAll(outDir, [
      ...Object.keys(outputs).map((file) => relativeTo(root, outDir, file)),
      ...CONSOLE_PAGES.map((page) => `${page.name}.html`),
      MANIFEST_FILE,
    ]),
  );

  const over = pages.filter((weight) => weight.budgetBytes !== null && weight.gzipBytes > weight.budgetBytes);
  if (over.length > 0) {
    throw new ConsoleBuildError(
      `over the page budget of ${PAGE_BUDGET_BYTES / 1024} KB compressed: ${over.map((weight) => `${weight.page} ${kb(weight.gzipBytes)}`).join(", ")}`,
    );
  }
  return { outDir, pages, operationCount: operations.length };
}

/** The pages' types follow the operations and the schema; written only when they changed, so a build leaves the tree clean. */
async function writeOperationTypes(operations: ConsoleOperation[], schemaSdl: string): Promise<void> {
  const types = await generateOperationTypes(operations, schemaSdl);
  if (readOperationTypes() === types) return;
  mkdirSync(path.dirname(operationTypesFile()), { recursive: true });
  writeFileSync(operationTypesFile(), types);
}

type GeneratedModules = Record<string, () => { contents: string; loader: esbuild.Loader }>;

/** Generated modules the pages import by name: the operations, the schema, the README's examples and whip evaluation, the map. */
function generatedModules(root: string, operations: ConsoleOperation[], schemaSdl: string): GeneratedModules {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  return {
    "console:operations": () => ({
      contents: JSON.stringify(Object.fromEntries(operations.map((operation) => [operation.name, operation.sent]))),
      loader: "json",
    }),
    "console:schema": () => ({ contents: schemaSdl, loader: "text" }),
    "console:readme-operations": () => ({ contents: JSON.stringify(readmeOperations(readme)), loader: "json" }),
    "console:world-shapes": () => ({ contents: JSON.stringify(worldShapes()), loader: "json" }),
    "console:whip-accuracy": () => ({ contents: JSON.stringify(whipAccuracy(readme)), loader: "json" }),
  };
}

/** Every page's script bundled and split by esbuild, the generated modules resolved in memory; the build's outputs by file. */
async function bundle(webDir: string, outDir: string, modules: GeneratedModules): Promise<esbuild.Metafile["outputs"]> {
  const virtual: esbuild.Plugin = {
    name: "console-virtual-modules",
    setup(build) {
      build.onResolve({ filter: /^console:/ }, (args) => {
        if (!modules[args.path]) return { errors: [{ text: `no generated module ${args.path}; known: ${Object.keys(modules).join(", ")}` }] };
        return { path: args.path, namespace: "console" };
      });
      build.onLoad({ filter: /.*/, namespace: "console" }, (args) => modules[args.path]());
    },
  };
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(CONSOLE_PAGES.map((page) => [page.name, path.join(webDir, "pages", page.entry)])),
    outdir: outDir,
    entryNames: "assets/[name]-[hash]",
    chunkNames: "assets/chunk-[hash]",
    assetNames: "assets/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    sourcemap: false,
    legalComments: "linked",
    metafile: true,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [virtual],
  });
  return result.metafile.outputs;
}

/** An output file's path as the pages refer to it: relative to the console's folder, with forward slashes. */
function relativeTo(root: string, outDir: string, file: string): string {
  return path.relative(outDir, path.resolve(root, file)).split(path.sep).join("/");
}

/** Each page's HTML, written, and the files the browser fetches to show it (its HTML, style, script and the chunks that script imports). */
function writePages(root: string, webDir: string, outDir: string, outputs: esbuild.Metafile["outputs"]): PageWeight[] {
  const relative = (file: string) => relativeTo(root, outDir, file);
  return CONSOLE_PAGES.map((page) => {
    const found = Object.entries(outputs).find(
      ([, output]) => output.entryPoint && path.resolve(root, output.entryPoint) === path.join(webDir, "pages", page.entry),
    );
    if (!found) throw new ConsoleBuildError(`esbuild wrote no output for the page ${page.name}`);
    const [entryFile, entry] = found;
    const script = relative(entryFile);
    const style = entry.cssBundle ? relative(entry.cssBundle) : null;
    writeFileSync(path.join(outDir, `${page.name}.html`), pageHtml(page, { script, style }));
    const files = new Set<string>([`${page.name}.html`, script, ...(style ? [style] : [])]);
    const visit = (file: string) => {
      for (const imported of outputs[file]?.imports ?? []) {
        if (imported.kind !== "import-statement" || imported.external) continue;
        const name = relative(imported.path);
        if (!files.has(name)) {
          files.add(name);
          visit(imported.path);
        }
      }
    };
    visit(entryFile);
    return { page: page.name, files: [...files], bytes: 0, gzipBytes: 0, budgetBytes: page.budgeted ? PAGE_BUDGET_BYTES : null };
  });
}

/** Every file is served gzipped when the browser accepts it: compressed once here; what each weighs, raw and sent. */
function compressAll(outDir: string, files: string[]): Map<string, { bytes: number; gzipBytes: number }> {
  const sizes = new Map<string, { bytes: number; gzipBytes: number }>();
  for (const file of files) {
    const content = readFileSync(path.join(outDir, file));
    const gzipped = gzipSync(content, { level: 9 });
    writeFileSync(path.join(outDir, `${file}.gz`), gzipped);
    sizes.set(file, { bytes: content.length, gzipBytes: gzipped.length });
  }
  return sizes;
}

/** A page's weight: everything it loads, added up. */
function weigh(pages: PageWeight[], sizes: Map<string, { bytes: number; gzipBytes: number }>): void {
  for (const weight of pages) {
    for (const file of weight.files) {
      weight.bytes += sizes.get(file)!.bytes;
      weight.gzipBytes += sizes.get(file)!.gzipBytes;
    }
  }
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The page weights as a table for the build log. */
export function describeBuild(build: ConsoleBuild): string {
  const lines = [
    `console: ${build.pages.length} pages and a manifest of ${build.operationCount} operations in ${build.outDir}`,
    "  page          gzip       raw        budget",
  ];
  for (const weight of build.pages) {
    lines.push(
      `  ${weight.page.padEnd(13)} ${kb(weight.gzipBytes).padStart(9)}  ${kb(weight.bytes).padStart(9)}  ${weight.budgetBytes === null ? "exempt (GraphiQL)" : `${kb(weight.budgetBytes)}`}`,
    );
  }
  return lines.join("\n");
}
