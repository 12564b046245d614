/**
 * Refreshing from upstream, against a loopback server standing in for the publishers: a good file
 * is imported and recorded with its URL; the same file again changes nothing; a changed file is
 * imported; a truncated download, a malformed file and an HTTP error each fail the refresh with
 * the reason and leave the store as it was; a row the importer cannot use is rejected with its
 * reason while the rest go in; a multi-file upstream (the unvotes triple) is staged whole; an
 * upstream with no URL says which setting to set. The files served are the test fixtures
 * (invented, see tests/fixtures/README.md), edited per case.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allianceRefreshers } from "../../subgraphs/alliance/refreshers.js";
import { openAllianceStore } from "../../subgraphs/alliance/store.js";
import { lastImport } from "../../subgraphs/shared/datasets/import-log.js";
import { refreshUpstream } from "../../subgraphs/shared/refresh/refresh.js";
import { readRefreshInterval, scheduleRefresh } from "../../subgraphs/shared/refresh/schedule.js";
import { unVotesRefreshers } from "../../subgraphs/un-votes/refreshers.js";
import { openUnVotesStore } from "../../subgraphs/un-votes/store.js";
import { FIXTURES } from "../shared-data.js";

type Served = { status?: number; body: string; cutAfter?: number };

describe("refresh from upstream", () => {
  const served = new Map<string, Served>();
  let server: http.Server;
  let base: string;
  const fh = readFileSync(path.join(FIXTURES, "freedomhouse-mini.csv"), "utf8");

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const file = served.get(req.url ?? "");
      if (!file) return void res.writeHead(404).end();
      const body = Buffer.from(file.body);
      if (file.cutAfter !== undefined) {
        // Announces the whole file, sends part of it, and hangs up: a download cut short.
        res.writeHead(200, { "content-length": body.length });
        res.write(body.subarray(0, file.cutAfter));
        setTimeout(() => res.destroy(), 20);
        return;
      }
      res.writeHead(file.status ?? 200, { "content-length": body.length }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const store = openAllianceStore(":memory:");
  const freedomHouse = allianceRefreshers(store)[0];
  const env = () => ({ HUB_FREEDOMHOUSE_UPSTREAM: `${base}/fh.csv` });
  const hungary2023 = () => store.db.prepare("SELECT status, political_rights FROM freedom_rating WHERE country_code = 'HUN' AND year = 2023").get();

  it("imports a good file, records where it came from, and does nothing when it has not changed", async () => {
    served.set("/fh.csv", { body: fh });
    const first = await refreshUpstream(freedomHouse, env());
    expect(first).toMatchObject({ upstream: "freedomhouse", status: "imported" });
    expect(store.records.ratingCounts().freedom).toBe(12);
    expect(lastImport(store.db, "freedomhouse")?.source).toBe(`${base}/fh.csv`);
    const importedAt = lastImport(store.db, "freedomhouse")?.imported_at;
    const again = await refreshUpstream(freedomHouse, env());
    expect(again).toMatchObject({ status: "unchanged" });
    expect(lastImport(store.db, "freedomhouse")?.imported_at).toBe(importedAt);
  });

  it("imports a changed file", async () => {
    const before = hungary2023() as { status: string; political_rights: number };
    const changed = fh.replace(/^2023,Hungary,HU,HUN,Europe,\d,\d,[^,]+,/m, "2023,Hungary,HU,HUN,Europe,5,5,Not Free,");
    expect(changed).not.toBe(fh);
    served.set("/fh.csv", { body: changed });
    expect(await refreshUpstream(freedomHouse, env())).toMatchObject({ status: "imported" });
    expect(hungary2023()).toEqual({ status: "NOT_FREE", political_rights: 5 });
    expect(before.status).not.toBe("NOT_FREE");
  });

  it("keeps the last good data when the download is cut short, the file is malformed, or the upstream fails", async () => {
    const kept = hungary2023();
    const log = lastImport(store.db, "freedomhouse");
    const bad: [string, Served, RegExp][] = [
      ["truncated", { body: fh.replace("Hungary", "Hungria"), cutAfter: 200 }, /broke off|truncated/],
      ["malformed", { body: `${fh}2023,Peru,PE,PER,Americas,3,"3,Partly Free,#fake\n` }, /is malformed/],
      ["extra column", { body: `${fh}2023,Chile,CL,CHL,Americas,1,1,Free,#fake,unexpected\n` }, /is malformed/],
      ["server error", { status: 503, body: "try later" }, /expected HTTP 200 .* received 503/],
      ["empty", { body: "" }, /empty/],
    ];
    for (const [name, file, reason] of bad) {
      served.set("/fh.csv", file);
      const outcome = await refreshUpstream(freedomHouse, env());
      expect(outcome.status, name).toBe("failed");
      expect(outcome.detail, name).toMatch(reason);
      expect(outcome.detail, name).toMatch(/the data already imported is kept$/);
      expect(hungary2023(), name).toEqual(kept);
      expect(store.records.ratingCounts().freedom, name).toBe(12);
      expect(lastImport(store.db, "freedomhouse"), name).toEqual(log);
    }
  });

  it("rejects a row it cannot use, with the reason, and imports the rest", async () => {
    served.set("/fh.csv", { body: `${fh}2023,Peru,PE,PER,Americas,9,3,Partly Free,#fake\n2023,Chile,CL,CHL,Americas,1,1,Free,#fake\n` });
    const outcome = await refreshUpstream(freedomHouse, env());
    expect(outcome.status).toBe("imported");
    expect(outcome.reports[0].rejected).toHaveLength(1);
    expect(outcome.reports[0].rejected[0].reason).toMatch(/political_rights/);
    expect(store.db.prepare("SELECT count(*) AS n FROM freedom_rating WHERE country_code IN ('PER', 'CHL') AND year = 2023").get()).toEqual({ n: 1 });
  });

  it("says which setting names an upstream that has no built-in URL", async () => {
    const outcome = await refreshUpstream(allianceRefreshers(store)[1], {});
    expect(outcome).toEqual({
      upstream: "vdem",
      status: "not configured",
      detail: "set HUB_VDEM_UPSTREAM to the URL of a CSV in the format of regimes_of_the_world.csv (Our World in Data's export)",
      reports: [],
    });
  });

  it("stages a multi-file upstream whole: the unvotes triple under its public file names", async () => {
    const unVotes = openUnVotesStore(":memory:");
    const mini = (file: string) => readFileSync(path.join(FIXTURES, "unvotes-mini", file), "utf8");
    served.set("/unvotes/unvotes.csv", { body: mini("un_votes.csv") });
    served.set("/unvotes/roll_calls.csv", { body: mini("un_roll_calls.csv") });
    served.set("/unvotes/issues.csv", { body: mini("un_roll_call_issues.csv") });
    const [triple] = unVotesRefreshers(unVotes);
    const outcome = await refreshUpstream(triple, { HUB_UNVOTES_UPSTREAM: `${base}/unvotes/` });
    expect(outcome.status).toBe("imported");
    expect(unVotes.counts()).toMatchObject({ rollCalls: 5, votes: 21 });
    // One file of the three cut short: nothing of the three is imported again.
    served.set("/unvotes/issues.csv", { body: `${mini("un_roll_call_issues.csv")}6,hr,Human rights\n`, cutAfter: 10 });
    expect((await refreshUpstream(triple, { HUB_UNVOTES_UPSTREAM: `${base}/unvotes/` })).status).toBe("failed");
    expect(unVotes.counts()).toMatchObject({ rollCalls: 5, issueTags: 5 });
    unVotes.close();
  });

  it("refreshes the UN's resolution files from their upstream, checking every line as JSON before importing any", async () => {
    const unVotes = openUnVotesStore(":memory:");
    const [, , resolutions] = unVotesRefreshers(unVotes);
    expect(resolutions.spec.files).toEqual([
      "74.json",
      "75.json",
      "76.json",
      "77.json",
      "78.json",
      "79.json",
      "80.json",
      "ES-10.json",
      "ES-11.json",
      "S-32.json",
    ]);
    // Each file a made-up resolution adopted without a vote, but ES-11.json: the fixture's made-up vote.
    const withoutVote = (session: string) =>
      `${JSON.stringify({ symbol: `A/RES/${session}/1`, adoption_date: "1 March 2024", adoption_type: "Without a vote", MS_in_favour: [], MS_against: [], MS_abstaining: [] })}\n`;
    for (const file of resolutions.spec.files!) served.set(`/un/${file}`, { body: withoutVote(file.replace(".json", "")) });
    served.set("/un/ES-11.json", { body: readFileSync(path.join(FIXTURES, "un-ga-resolutions-mini", "ES-11.json"), "utf8") });
    const env = { HUB_UN_RESOLUTIONS_UPSTREAM: `${base}/un/` };
    const outcome = await refreshUpstream(resolutions, env);
    expect(outcome).toMatchObject({ status: "imported", detail: `${base}/un/: 10 rows read` });
    expect(unVotes.counts()).toMatchObject({ rollCalls: 1, votes: 5 });
    expect(lastImport(unVotes.db, "un-resolutions")?.source).toBe(`${base}/un/`);
    expect((await refreshUpstream(resolutions, env)).status).toBe("unchanged");
    // A line that is not JSON in one file: the refresh fails, naming it, and the store keeps what it had.
    served.set("/un/80.json", { body: `${withoutVote("80")}{"symbol": "A/RES/80/2",\n` });
    const failed = await refreshUpstream(resolutions, env);
    expect(failed.status).toBe("failed");
    expect(failed.detail).toMatch(/80\.json is malformed: line 2 is not JSON/);
    expect(unVotes.counts()).toMatchObject({ rollCalls: 1, votes: 5 });
    unVotes.close();
  });

  it("reads HUB_REFRESH_INTERVAL, and refreshes on schedule, one run at a time", async () => {
    expect(readRefreshInterval({})).toBeNull();
    expect(readRefreshInterval({ HUB_REFRESH_INTERVAL: "off" })).toBeNull();
    expect(readRefreshInterval({ HUB_REFRESH_INTERVAL: "6h" })).toBe(6 * 3_600_000);
    expect(readRefreshInterval({ HUB_REFRESH_INTERVAL: "1d" })).toBe(86_400_000);
    expect(() => readRefreshInterval({ HUB_REFRESH_INTERVAL: "10s" })).toThrow(
      'HUB_REFRESH_INTERVAL is invalid: expected a duration of at least a minute such as 6h, 30m or 1d (or off), received "10s"',
    );
    expect(() => readRefreshInterval({ HUB_REFRESH_INTERVAL: "daily" })).toThrow('received "daily"');
    served.set("/fh.csv", { body: fh });
    const lines: string[] = [];
    const stop = scheduleRefresh(30, [freedomHouse], env(), { log: (line) => lines.push(line), error: (line) => lines.push(line) });
    await new Promise((resolve) => setTimeout(resolve, 400));
    stop();
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/^refresh: freedomhouse: imported/);
    expect(lines.slice(1).every((line) => /^refresh: freedomhouse: unchanged/.test(line))).toBe(true);
  });
});
