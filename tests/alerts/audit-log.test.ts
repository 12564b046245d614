/**
 * One audit log model (subgraphs/shared/audit-log.ts) in both stores that record changes: the
 * alerts' old `alert_audit` moves into it with nothing lost, the Alliance's table gains the owner
 * column, and both write who acted in which role and whose history the change belongs to. Rows
 * written here by hand are fixtures, as the earlier code wrote them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Recorder } from "../../subgraphs/alliance/commands/recorder.js";
import { ALLIANCE_MIGRATIONS } from "../../subgraphs/alliance/migrations.js";
import { openAllianceStore } from "../../subgraphs/alliance/store.js";
import { Role } from "../../subgraphs/shared/auth.js";
import { openStore } from "../../subgraphs/shared/store.js";
import { AlertStore, type NewSubscription } from "../../subgraphs/un-votes/alerts/alert-store.js";
import { toAlertAuditEntry } from "../../subgraphs/un-votes/resolvers/mappers.js";
import { openUnVotesStore, UN_VOTES_MIGRATIONS } from "../../subgraphs/un-votes/store.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-audit-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const before = (migrations: readonly { name: string }[], name: string) => migrations.findIndex((step) => step.name === name);

describe("the alerts' audit in the shared model", () => {
  it("moves every entry of a store made before, subject and owner kept, the unknown role left null", () => {
    const file = path.join(dir, "un-votes.sqlite");
    const db = openStore(file, UN_VOTES_MIGRATIONS.slice(0, before(UN_VOTES_MIGRATIONS, "the alerts' audit in the shared audit log model")));
    db.exec(`
      INSERT INTO alert_audit (at, actor, action, subscription_id, details, owner_country) VALUES
        ('2026-03-01T00:00:00Z', 'officer-1', 'CREATE', 4, '{"groupName":"EU"}', NULL),
        ('2026-03-02T00:00:00Z', 'delegate-fra', 'CREATE', 7, '{}', 'FRA'),
        ('2026-03-03T00:00:00Z', 'officer-1', 'PAUSE', 7, '{}', 'FRA');
    `);
    db.close();

    const store = openUnVotesStore(file);
    try {
      const alerts = new AlertStore(store.db);
      const all = alerts.auditLog.page({ kind: "all" }, 0, 10);
      expect(all.map(toAlertAuditEntry)).toEqual([
        { id: "1", at: "2026-03-01T00:00:00Z", actor: "officer-1", action: "CREATE", subscriptionId: "4", details: { groupName: "EU" } },
        { id: "2", at: "2026-03-02T00:00:00Z", actor: "delegate-fra", action: "CREATE", subscriptionId: "7", details: {} },
        { id: "3", at: "2026-03-03T00:00:00Z", actor: "officer-1", action: "PAUSE", subscriptionId: "7", details: {} },
      ]);
      expect(all.map((row) => row.role)).toEqual([null, null, null]);
      expect(alerts.auditLog.page({ kind: "country", country: "FRA" }, 0, 10).map((row) => row.id)).toEqual([2, 3]);
      expect(alerts.auditLog.count({ kind: "country", country: "FRA" })).toBe(2);
      expect(store.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'alert_audit'").pluck().get()).toBe(0);
    } finally {
      store.close();
    }
  });

  it("files the secretariat's change to a delegation's subscription in that delegation's history, with the role acted in", () => {
    const store = openUnVotesStore(":memory:");
    try {
      const alerts = new AlertStore(store.db);
      const subscription: NewSubscription = {
        targetUrl: "https://receiver.example/fra",
        secret: "s",
        bodyId: null,
        groupName: "fixture",
        memberCodes: ["FRA"],
        issues: [],
        createdBy: "delegate-fra",
        ownerCountry: "FRA",
      };
      const created = alerts.create(subscription, { id: "delegate-fra", role: Role.MEMBER_STATE_DELEGATE }, "2026-12-03T00:00:00Z", {});
      alerts.setPaused({ kind: "all" }, created.id, true, { id: "officer-1", role: Role.SECRETARIAT }, "2026-12-03T00:00:01Z");
      const fra = alerts.auditLog.page({ kind: "country", country: "FRA" }, 0, 10);
      expect(fra.map((row) => [row.actor, row.role, row.action, row.subject])).toEqual([
        ["delegate-fra", "MEMBER_STATE_DELEGATE", "CREATE", "subscription:1"],
        ["officer-1", "SECRETARIAT", "PAUSE", "subscription:1"],
      ]);
      expect(alerts.auditLog.page({ kind: "country", country: "DEU" }, 0, 10)).toEqual([]);
    } finally {
      store.close();
    }
  });
});

describe("the Alliance's audit in the shared model", () => {
  it("keeps the entries of a store made before and files a delegate's change under its delegation", () => {
    const file = path.join(dir, "alliance.sqlite");
    const db = openStore(file, ALLIANCE_MIGRATIONS.slice(0, before(ALLIANCE_MIGRATIONS, "audit entries owned by a delegation")));
    db.prepare(
      "INSERT INTO audit_entry (at, actor, role, action, subject, details) VALUES ('2026-01-10T00:00:00Z', 'officer-3', 'SECRETARIAT', 'admitMember', 'country:CAN', '{}')",
    ).run();
    db.close();

    const store = openAllianceStore(file);
    try {
      const recorder = new Recorder(store);
      const delegate = { id: "delegate-est", roles: [Role.MEMBER_STATE_DELEGATE], country: "EST", participant: null };
      const officer = { id: "officer-3", roles: [Role.SECRETARIAT], country: null, participant: null };
      expect(recorder.recorded(delegate, Role.MEMBER_STATE_DELEGATE, "applyMembership", "country:EST", { grounds: "fixture" }, () => 1)).toBe(1);
      recorder.recorded(officer, Role.SECRETARIAT, "recordCaucusChange", "country:NOR", {}, () => 2);
      const rows = store.auditLog.page({ kind: "all" }, 0, 10);
      expect(rows.map((row) => [row.actor, row.role, row.action, row.subject, row.owner_country])).toEqual([
        ["officer-3", "SECRETARIAT", "admitMember", "country:CAN", null],
        ["delegate-est", "MEMBER_STATE_DELEGATE", "applyMembership", "country:EST", "EST"],
        ["officer-3", "SECRETARIAT", "recordCaucusChange", "country:NOR", null],
      ]);
      expect(JSON.parse(rows[1].details)).toEqual({ grounds: "fixture" });
    } finally {
      store.close();
    }
  });

  it("writes nothing when the change fails: the entry shares the change's transaction", () => {
    const store = openAllianceStore(":memory:");
    try {
      const officer = { id: "officer-3", roles: [Role.SECRETARIAT], country: null, participant: null };
      expect(() =>
        new Recorder(store).recorded(officer, Role.SECRETARIAT, "admitMember", "country:CAN", {}, () => {
          throw new Error("refused");
        }),
      ).toThrow("refused");
      expect(store.auditLog.count({ kind: "all" })).toBe(0);
    } finally {
      store.close();
    }
  });
});
