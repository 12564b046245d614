/**
 * kill -9 during an import and during a burst of mutations, 20 times each at random moments:
 * every acknowledged write is still there, no batch is half written, the file is intact.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { realData } from "../shared-data.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WORKER = path.join(ROOT, "tests", "operations", "kill9-worker.ts");
const RUNS = 20;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-crash-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the worker and kills it with SIGKILL `afterMs` after it says it is ready (its store open:
 * on a loaded machine, starting Node and compiling the worker alone can take longer than the
 * kill delay); resolves with what it printed.
 */
function runAndKill(args: string[], afterMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on("data", (chunk) => {
      output += chunk;
      if (!timer && output.includes("ready\n")) timer = setTimeout(() => child.kill("SIGKILL"), afterMs);
    });
    child.on("exit", () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}

function inspect(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return { db, integrity: db.pragma("integrity_check", { simple: true }) };
  } catch (error) {
    db.close();
    throw error;
  }
}

const random = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));

describe("crash safety (kill -9)", () => {
  it("keeps every acknowledged mutation and its audit entry, and an intact file", async () => {
    const file = path.join(dir, "alliance.sqlite");
    let acknowledged = 0;
    for (let run = 0; run < RUNS; run++) {
      const output = await runAndKill(["mutations", file], random(100, 1200));
      const ids = [...output.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]));
      acknowledged += ids.length;
      const { db, integrity } = inspect(file);
      try {
        expect(integrity).toBe("ok");
        const stored = new Set(db.prepare("SELECT id FROM evidence").pluck().all() as number[]);
        for (const id of ids) expect(stored.has(id), `acknowledged evidence ${id} lost in run ${run}`).toBe(true);
        // Each change and its audit entry were one transaction: never one without the other.
        expect(db.prepare("SELECT count(*) FROM audit_entry WHERE action = 'recordEvidence'").pluck().get()).toBe(stored.size);
      } finally {
        db.close();
      }
    }
    expect(acknowledged).toBeGreaterThan(RUNS);
  }, 300_000);

  it("leaves whole batches of an import, never part of one, and an intact file", async () => {
    let killedMidway = 0;
    for (let run = 0; run < RUNS; run++) {
      const file = path.join(dir, `un-votes-${run}.sqlite`);
      const output = await runAndKill(["import", file, realData("unvotes-2023")], random(300, 3500));
      const batches = output.match(/^batch$/gm)?.length ?? 0;
      const { db, integrity } = inspect(file);
      try {
        expect(integrity).toBe("ok");
        const votes = db.prepare("SELECT count(*) FROM vote").pluck().get() as number;
        // Roll calls (6,203) and issue tags (5,745) come first, in batches of 5,000; then votes.
        if (!output.includes("done")) killedMidway++;
        expect(votes === 870_109 || votes % 5000 === 0, `run ${run}: ${votes} votes is not a whole number of batches`).toBe(true);
        // Acknowledged batches: two of roll calls, two of issue tags, then the votes. Every
        // acknowledged vote batch must be in the file.
        const acknowledgedVotes = Math.max(0, batches - 4) * 5000;
        expect(votes, `run ${run}: acknowledged ${acknowledgedVotes} votes, found ${votes}`).toBeGreaterThanOrEqual(Math.min(acknowledgedVotes, 870_109));
      } finally {
        db.close();
      }
    }
    expect(killedMidway).toBeGreaterThan(0);
  }, 300_000);
});
