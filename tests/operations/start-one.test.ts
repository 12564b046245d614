/** `npm run start:subgraph -- <name>`: one subgraph alone, on its own settings; an unknown name is refused with the names it knows. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ENTRY = path.join(ROOT, "subgraphs", "start-subgraph.ts");

function run(args: string[], env: Record<string, string>, until: RegExp): Promise<{ output: string; code: number | null; url: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", ENTRY, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let url: string | null = null;
    const take = (chunk: Buffer) => {
      output += chunk;
      const match = until.exec(output);
      if (match && url === null) {
        url = match[1] ?? "";
        child.kill("SIGTERM");
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("exit", (code) => resolve({ output, code, url }));
  });
}

describe("one subgraph alone", () => {
  it("starts the named subgraph on its own settings and serves", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-one-"));
    try {
      const started = await run(["d10"], { HUB_D10_PORT: "0", HUB_DATA_DIR: dataDir }, /d10 listening at (http:\/\/\S+)/);
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      expect(fs.existsSync(path.join(dataDir, "d10.sqlite"))).toBe(true);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuses a name it does not know, listing those it does", async () => {
    const refused = await run(["nope"], {}, /^$/);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('expected one of community-of-democracies, un-votes, d10, alliance, overlaps, received "nope"');
  }, 60_000);
});
