/** Import from a URL: streamed with undici, the public copy's file names understood, HTTP errors explained. */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importUnVotes } from "../../subgraphs/un-votes/import/import-un-votes.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { close, listen } from "../../subgraphs/platform/listen.js";
import { FIXTURES } from "../shared-data.js";

// The public plain-CSV copy names the files differently from ../shared/data/unvotes.
const SERVED: Record<string, string> = {
  "/data/roll_calls.csv": "un_roll_calls.csv",
  "/data/issues.csv": "un_roll_call_issues.csv",
  "/data/unvotes.csv": "un_votes.csv",
};

describe("import from a URL (a loopback server standing in for the upstream)", () => {
  const server = http.createServer((req, res) => {
    const file = SERVED[req.url ?? ""];
    if (!file) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/csv" });
    fs.createReadStream(path.join(FIXTURES, "unvotes-mini", file)).pipe(res);
  });
  let base = "";
  beforeAll(async () => {
    base = await listen(server, { host: "127.0.0.1", port: 0, service: "fixture server", portVariable: "-" });
  });
  afterAll(() => close(server));

  it("downloads the triple under the upstream's file names", async () => {
    const store = openUnVotesStore(":memory:");
    const reports = await importUnVotes(store, `${base}/data/`, { progress: null });
    expect(reports.map((r) => [r.file, r.inserted])).toEqual([
      ["roll_calls.csv", 5],
      ["issues.csv", 5],
      ["unvotes.csv", 21],
    ]);
    expect(store.counts().votes).toBe(21);
    store.close();
  });

  it("says which status it expected when the server does not have the file", async () => {
    const store = openUnVotesStore(":memory:");
    await expect(importUnVotes(store, `${base}/missing/undl.csv`, { progress: null })).rejects.toThrow(
      `expected HTTP 200 from ${base}/missing/undl.csv, received 404`,
    );
    store.close();
  });
});
