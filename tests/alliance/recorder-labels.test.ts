/**
 * Store step "recorder labels" on a store made before it: each decision takes the role its
 * recorder had in the audit log, each caucus change the secretariat's (the only role that records
 * one). Rows written here by hand, as the earlier code wrote them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ALLIANCE_MIGRATIONS } from "../../subgraphs/alliance/migrations.js";
import { openAllianceStore } from "../../subgraphs/alliance/store.js";
import { openStore } from "../../subgraphs/shared/store.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-labels-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("recorder labels for records made before them", () => {
  it("labels earlier decisions from the audit log, and caucus changes as the secretariat's", () => {
    const file = path.join(dir, "alliance.sqlite");
    const before = openStore(
      file,
      ALLIANCE_MIGRATIONS.slice(
        0,
        ALLIANCE_MIGRATIONS.findIndex((step) => step.name === "recorder labels"),
      ),
    );
    const decision = before.prepare(
      "INSERT INTO membership_decision (country_code, status, decided_on, grounds, recorded_by, recorded_at) VALUES (?, 'APPLICANT', '2026-01-10', 'fixture', ?, '2026-01-10T00:00:00Z')",
    );
    decision.run("CAN", "officer-3");
    decision.run("EST", "delegate-est-1");
    decision.run("CHL", "someone-unlogged");
    const audit = before.prepare(
      "INSERT INTO audit_entry (at, actor, role, action, subject, details) VALUES ('2026-01-10T00:00:00Z', ?, ?, 'applyMembership', ?, '{}')",
    );
    audit.run("officer-3", "SECRETARIAT", "country:CAN");
    audit.run("delegate-est-1", "MEMBER_STATE_DELEGATE", "country:EST");
    before
      .prepare("INSERT INTO caucus_change (country_code, change, decided_on, grounds, recorded_by) VALUES ('NOR', 'ADD', '2026-02-01', 'fixture', 'officer-3')")
      .run();
    before.close();

    const store = openAllianceStore(file);
    try {
      expect(store.db.prepare("SELECT country_code, recorder_label FROM membership_decision ORDER BY id").all()).toEqual([
        { country_code: "CAN", recorder_label: "secretariat" },
        { country_code: "EST", recorder_label: "delegate of EST" },
        { country_code: "CHL", recorder_label: null },
      ]);
      expect(store.db.prepare("SELECT recorder_label FROM caucus_change").pluck().all()).toEqual(["secretariat"]);
    } finally {
      store.close();
    }
  });
});
