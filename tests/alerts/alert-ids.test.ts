/**
 * Alert subscription ids are never reused (probe, #25): a deleted subscription's id is not handed
 * to the next one, so the audit log never files two subscriptions under one id and event ids,
 * which carry the subscription's, never repeat. A store made before keeps its ids and continues
 * above every id its audit log has seen.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Role } from "../../subgraphs/shared/auth.js";
import type { Auditor } from "../../subgraphs/shared/audit-log.js";
import { AlertStore, type NewSubscription } from "../../subgraphs/un-votes/alerts/alert-store.js";
import { eventId } from "../../subgraphs/un-votes/alerts/events.js";
import { openUnVotesStore, UN_VOTES_MIGRATIONS, type UnVotesStore } from "../../subgraphs/un-votes/store.js";
import { openStore } from "../../subgraphs/shared/store.js";

const dirs: string[] = [];
const stores: UnVotesStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const subscription = (name: string): NewSubscription => ({
  targetUrl: `https://receiver.example/${name}`,
  secret: "s",
  bodyId: null,
  groupName: name,
  memberCodes: ["FRA"],
  issues: [],
  createdBy: "test",
  ownerCountry: null,
});

const secretariat: Auditor = { id: "test", role: Role.SECRETARIAT };

function open(file: string): { store: UnVotesStore; alerts: AlertStore } {
  const store = openUnVotesStore(file);
  stores.push(store);
  return { store, alerts: new AlertStore(store.db) };
}

describe("alert subscription ids", () => {
  it("are never handed again after a delete, so audit entries and event ids stay apart", () => {
    const { alerts } = open(":memory:");
    const first = alerts.create(subscription("a"), secretariat, "2026-12-02T00:00:00Z", {});
    const second = alerts.create(subscription("b"), secretariat, "2026-12-02T00:00:01Z", {});
    alerts.delete({ kind: "all" }, second.id, secretariat, "2026-12-02T00:00:02Z");
    const third = alerts.create(subscription("c"), secretariat, "2026-12-02T00:00:03Z", {});
    expect([first.id, second.id, third.id]).toEqual([1, 2, 3]);
    expect(eventId(third.id, 9000)).not.toBe(eventId(second.id, 9000));
    const creations = alerts.auditLog.page({ kind: "all" }, 0, 10).filter((entry) => entry.action === "CREATE");
    expect(creations.map((entry) => entry.subject)).toEqual(["subscription:1", "subscription:2", "subscription:3"]);
  });

  it("continue, in a store made before, above every id its audit log has seen", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alert-ids-"));
    dirs.push(dir);
    const file = path.join(dir, "un-votes.sqlite");
    // The store as schema step 6 left it (the first six steps): subscription 1 kept, subscriptions up to 5 deleted (known from the audit log only).
    const db = openStore(file, UN_VOTES_MIGRATIONS.slice(0, 6));
    db.exec(`
      INSERT INTO alert_subscription VALUES (1, 'https://receiver.example/kept', 's', NULL, 'kept', '["FRA"]', '[]', 0, '2026-01-01', 'test');
      INSERT INTO alert_audit (at, actor, action, subscription_id, details) VALUES ('2026-01-01', 'test', 'CREATE', 1, '{}'), ('2026-01-02', 'test', 'DELETE', 5, '{}');
    `);
    db.close();
    const { store, alerts } = open(file);
    expect(alerts.get(1)?.groupName).toBe("kept");
    expect(alerts.create(subscription("next"), secretariat, "2026-12-02T00:00:00Z", {}).id).toBe(6);
    expect(store.db.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
  });
});
