/**
 * kill -9 of the process sending alerts, in the middle of a delivery: after a restart every event
 * reaches the receiver, none is lost, and at most the one in flight at the kill arrives twice
 * (with the same event id, for the receiver to drop): delivery is at least once.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { writeRollCalls } from "./new-roll-calls.js";
import { Receiver } from "./receiver.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WORKER = path.join(ROOT, "tests", "alerts", "kill9-worker.ts");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-alert-crash-"));
const ENV = {
  ...process.env,
  HUB_WEBHOOK_ALLOW_HTTP: "true",
  HUB_WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
  HUB_WEBHOOK_RETRY_BASE_MS: "100",
  HUB_WEBHOOK_POLL_MS: "100",
};
const receiver = new Receiver();
afterAll(async () => {
  await receiver.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], until: (output: string) => boolean): Promise<{ output: string; kill: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, ...args], { cwd: ROOT, env: ENV, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    const exited = new Promise<void>((done) => child.on("exit", () => done()));
    child.stdout.on("data", (chunk) => {
      output += chunk;
      if (until(output)) resolve({ output, kill: () => (child.kill("SIGKILL"), exited) });
    });
    child.on("exit", (code) => (until(output) ? resolve({ output, kill: async () => {} }) : reject(new Error(`worker exited with ${code}: ${output}`))));
  });
}

function undelivered(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM alert_outbox WHERE delivered_at IS NULL").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe("alerts after kill -9", () => {
  it("delivers every event after a restart, losing none", async () => {
    await receiver.start();
    // Six invented roll calls, each with France voting against the other three: six events.
    const folder = writeRollCalls([100, 101, 102, 103, 104, 105].map((rcid) => ({ rcid, issue: null, votes: "YYNY" })));
    const file = path.join(dir, "un-votes.sqlite");
    const prepared = await run(["prepare", file, receiver.url, folder], (output) => /prepared \d+ \d+\n/.test(output));
    const [, subscriptionId, pending] = /prepared (\d+) (\d+)/.exec(prepared.output)!;
    expect(Number(pending)).toBe(6);
    const expected = [100, 101, 102, 103, 104, 105].map((rcid) => `evt_${subscriptionId}_${rcid}`);

    // A slow receiver: the kill falls while the third delivery waits for its answer.
    receiver.delayMs = 400;
    const first = await run(["deliver", file], (output) => output.includes("ready\n"));
    await receiver.waitFor(() => receiver.deliveries.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await first.kill();
    const beforeRestart = new Set(receiver.acknowledged());
    expect(beforeRestart.size).toBeLessThan(6);

    receiver.delayMs = 0;
    const second = await run(["deliver", file], (output) => output.includes("ready\n"));
    await receiver.waitFor(() => expected.every((id) => receiver.acknowledged().includes(id)));
    // The last answer reaches the receiver a moment before the worker records it: wait for the record.
    await receiver.waitFor(() => undelivered(file) === 0);
    await second.kill();

    const acknowledged = receiver.acknowledged();
    expect(new Set(acknowledged)).toEqual(new Set(expected));
    // At least once: only an event in flight at the kill may come twice.
    expect(acknowledged.length - new Set(acknowledged).size).toBeLessThanOrEqual(1);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) AS n, sum(attempts) AS attempts FROM alert_outbox WHERE delivered_at IS NOT NULL").get()).toMatchObject({ n: 6 });
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      db.close();
    }
  }, 60_000);
});
