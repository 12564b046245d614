/**
 * The console's build and serving, without a browser: the pages fit the budget, the manifest is
 * the operations the pages use (valid against the API, keyed by their sha256), a broken operation
 * fails the build with its file named, and the gateway serves only the built files, gzipped when
 * asked, under a same-origin Content-Security-Policy.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { buildSchema, parse, validate, type GraphQLEnumType } from "graphql";
import { UN_ISSUES } from "../../gateway/console/web/lib/issues.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConsole, describeBuild, PAGE_BUDGET_BYTES, type ConsoleBuild } from "../../gateway/console/build-console.js";
import { checkConsoleOperations, readConsoleOperations } from "../../gateway/console/operations-manifest.js";
import { CONSOLE_PAGES } from "../../gateway/console/pages.js";
import { readmeOperations } from "../../gateway/console/readme-operations.js";
import { consoleRoute, CONSOLE_CSP, MANIFEST_FILE } from "../../gateway/console/serve-console.js";
import { sha256 } from "../../gateway/security/persisted-operations.js";
import { generateOperationTypes, operationTypesFile, readOperationTypes } from "../../gateway/console/operation-types.js";
import ts from "typescript";
import { whipAccuracy } from "../../gateway/console/whip-accuracy.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const OPERATIONS_DIR = path.join(ROOT, "gateway", "console", "web", "operations");

describe("the console build", () => {
  let build: ConsoleBuild;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    build = await buildConsole(mkdtempSync(path.join(tmpdir(), "hub-console-build-")));
    server = http.createServer((req, res) => void consoleRoute(build.outDir)(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  }, 120_000);

  afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())));

  it("keeps every page but the explorer under the budget, measured compressed with everything it loads", () => {
    expect(build.pages.map((page) => page.page)).toEqual(CONSOLE_PAGES.map((page) => page.name));
    for (const page of build.pages) {
      expect(page.gzipBytes, page.page).toBeGreaterThan(0);
      expect(page.gzipBytes, page.page).toBeLessThan(page.bytes);
      if (page.page === "explorer") expect(page.budgetBytes).toBeNull();
      else expect(page.gzipBytes, page.page).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    }
    const printed = describeBuild(build);
    for (const page of build.pages) expect(printed).toContain(page.page);
  });

  it("publishes the operations the pages use as a persisted-operations manifest", () => {
    const manifest = JSON.parse(readFileSync(path.join(build.outDir, MANIFEST_FILE), "utf8")) as Record<string, string>;
    const operations = readConsoleOperations(OPERATIONS_DIR);
    expect(Object.keys(manifest)).toHaveLength(operations.length);
    for (const [hash, text] of Object.entries(manifest)) expect(sha256(text)).toBe(hash);
    expect(checkConsoleOperations(operations, readFileSync(path.join(ROOT, "schema", "api.graphql"), "utf8"))).toEqual([]);
  });

  it("refuses an operation that does not fit the schema, naming its file", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "hub-console-ops-"));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "Renamed.graphql"), 'query Renamed { country(code: "FRA") { nom } }');
    writeFileSync(path.join(folder, "Misnamed.graphql"), 'query Other { country(code: "FRA") { name } }');
    const problems = checkConsoleOperations(readConsoleOperations(folder), readFileSync(path.join(ROOT, "schema", "api.graphql"), "utf8"));
    expect(problems).toEqual([
      "Misnamed.graphql: expected exactly one operation, named Misnamed after its file",
      'Renamed.graphql: Cannot query field "nom" on type "Country". Did you mean "name"?',
    ]);
  });

  it("sends an operation with the shared fragments it spreads, and reports one it cannot find", () => {
    const profile = readConsoleOperations(OPERATIONS_DIR).find((operation) => operation.name === "CountryProfile")!;
    expect(profile.text).toContain("...EligibilityEvidenceFields");
    expect(profile.text).not.toContain("fragment EligibilityEvidenceFields");
    expect(profile.fragments.map((fragment) => fragment.name)).toEqual(["EligibilityEvidenceFields"]);
    expect(profile.sent).toMatch(/^query CountryProfile[\s\S]*\n\nfragment EligibilityEvidenceFields on EligibilityEvidence \{[\s\S]*\}\n$/);
    const manifest = JSON.parse(readFileSync(path.join(build.outDir, MANIFEST_FILE), "utf8")) as Record<string, string>;
    expect(manifest[profile.hash]).toBe(profile.sent);

    const folder = mkdtempSync(path.join(tmpdir(), "hub-console-fragments-"));
    mkdirSync(path.join(folder, "fragments"));
    writeFileSync(path.join(folder, "fragments", "CountryName.graphql"), "fragment CountryName on Country { name ...CountryCode }\n");
    writeFileSync(path.join(folder, "fragments", "CountryCode.graphql"), "fragment CountryCode on Country { code }\n");
    writeFileSync(path.join(folder, "Nested.graphql"), 'query Nested { country(code: "FRA") { ...CountryName } }\n');
    writeFileSync(path.join(folder, "Missing.graphql"), 'query Missing { country(code: "FRA") { ...CountryFlag } }\n');
    const operations = readConsoleOperations(folder);
    expect(operations.find((operation) => operation.name === "Nested")!.fragments.map((fragment) => fragment.name)).toEqual(["CountryName", "CountryCode"]);
    expect(checkConsoleOperations(operations, readFileSync(path.join(ROOT, "schema", "api.graphql"), "utf8"))).toEqual([
      'Missing.graphql: Unknown fragment "CountryFlag".',
    ]);
  });

  it("has the pages' types as the operations and the schema give them (npm run build writes them)", async () => {
    const operations = readConsoleOperations(OPERATIONS_DIR);
    const generated = await generateOperationTypes(operations, readFileSync(path.join(ROOT, "schema", "api.graphql"), "utf8"));
    expect(readOperationTypes(), "gateway/console/web/generated/operation-types.ts is stale: run npm run build").toBe(generated);
    for (const operation of operations)
      expect(generated).toContain(`  ${operation.name}: { result: ${operation.name}Query; variables: ${operation.name}QueryVariables };`);
  });

  it("fails the console's typecheck where a page reads a field an operation no longer asks for", async () => {
    // The vote search asks for `shortTitle`; the same operation asking for it under another name.
    const operations = readConsoleOperations(OPERATIONS_DIR).map((operation) =>
      operation.name === "RollCallSearch" ? { ...operation, text: operation.text.replace(/\bshortTitle\b/, "headline: shortTitle") } : operation,
    );
    const renamed = await generateOperationTypes(operations, readFileSync(path.join(ROOT, "schema", "api.graphql"), "utf8"));
    const typecheck = (typesText: string | null) => {
      const config = ts.getParsedCommandLineOfConfigFile(
        path.join(ROOT, "gateway", "console", "web", "tsconfig.json"),
        {},
        {
          ...ts.sys,
          onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
            throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
          },
        },
      )!;
      const host = ts.createCompilerHost(config.options);
      const readFile = host.readFile.bind(host);
      // The generated file as the renamed operation would make it; every other file as it is.
      host.readFile = (file) => (typesText !== null && path.resolve(file) === operationTypesFile() ? typesText : readFile(file));
      const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
      return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    };
    expect(typecheck(null)).toEqual([]);
    const problems = typecheck(renamed);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(/Property 'shortTitle' does not exist/);
  }, 120_000);

  it("reads the whip sheet's measured accuracy from the README's latest evaluation, and fails the build when it cannot", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const accuracy = whipAccuracy(readme);
    const line = readme.split("\n").find((text) => text.startsWith(`${accuracy.sessions} `))!;
    expect(line.trim().split(/\s+/)).toEqual([
      accuracy.sessions,
      expect.any(String),
      accuracy.votes,
      accuracy.accuracy,
      accuracy.baseline,
      ...Array(8).fill(expect.any(String)),
      accuracy.defections,
    ]);
    expect(readme).toContain(`**Held out: sessions ${accuracy.heldOut} (†).**`);
    expect(() => whipAccuracy(readme.replace(line, ""))).toThrow(/no summary line of 14 columns/);
    expect(() => whipAccuracy("# A README without the evaluation")).toThrow(/no section/);
  });

  it("offers in its forms every issue tag the schema has", () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, "schema", "api.graphql"), "utf8"));
    const issues = schema.getType("UnIssue") as GraphQLEnumType;
    expect([...UN_ISSUES].sort()).toEqual(
      issues
        .getValues()
        .map((value) => value.name)
        .sort(),
    );
  });

  it("serves the pages at clean paths, gzipped when asked, and nothing but the built files", async () => {
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(home.headers.get("content-security-policy")).toBe(CONSOLE_CSP);
    expect(await home.text()).toContain('<main id="main"');
    const whips = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}/whips`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
    expect(whips.status).toBe(200);
    expect(whips.headers["content-encoding"]).toBe("gzip");
    const html = gunzipSync(whips.body).toString("utf8");
    const script = /src="\/(assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${base}/${script}`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    for (const probe of ["/../package.json", "/assets/../../package.json", "/%2e%2e/package.json", "/nope", "/assets/"]) {
      const response = await fetch(`${base}${probe}`);
      expect(response.status, probe).toBe(404);
      expect(((await response.json()) as { error: string }).error).toMatch(/no page/);
    }
  });

  it("explains how to build the console when it is missing", async () => {
    const missing = path.join(tmpdir(), "hub-console-not-built");
    const route = consoleRoute(missing);
    const response = await new Promise<{ status: number; body: string }>((resolve) => {
      const probe = http
        .createServer((req, res) => void route(req, res))
        .listen(0, "127.0.0.1", () => {
          fetch(`http://127.0.0.1:${(probe.address() as { port: number }).port}/`).then(async (r) => {
            resolve({ status: r.status, body: await r.text() });
            probe.close();
          });
        });
    });
    expect(response.status).toBe(404);
    expect(response.body).toContain("run npm run build");
  });

  it("gives the explorer every README operation, named after its section, each valid against the schema", async () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const operations = readmeOperations(readme);
    expect(operations.length).toBe((readme.match(/^```graphql$/gm) ?? []).length);
    expect(operations[0]).toMatchObject({ title: "Example" });
    // Each one parses and fits this release's schema: a README example a client would copy works as written.
    const schema = buildSchema(readFileSync(path.join(ROOT, "schema", "api.graphql"), "utf8"));
    for (const operation of operations)
      expect(
        validate(schema, parse(operation.query)).map((error) => error.message),
        operation.title,
      ).toEqual([]);
  });
});
