/**
 * Webhook alerts in the un-votes store: subscriptions, the outbox of events to send, the roll
 * calls already scanned for alerts, and the audit of every change to a subscription. Events are
 * written in the transaction that marks their roll calls scanned, so an import that dies before
 * the scan leaves its roll calls to the next scan, and one that dies after leaves every event in
 * the outbox: nothing is lost, nothing is sent twice from the store's side.
 */
import { Role } from "../../shared/auth.js";
import { AUDIT_ENTRY_TABLE_SQL, AuditLog, auditSubject, type Auditor, type AuditScope } from "../../shared/audit-log.js";
import type { Db, Migration } from "../../shared/store.js";
import { statement } from "../../shared/statements.js";

export const ALERTS_MIGRATION: Migration = {
  name: "webhook alerts: subscriptions, outbox, scanned roll calls, audit",
  sql: `
    CREATE TABLE alert_subscription (
      id INTEGER PRIMARY KEY,
      target_url TEXT NOT NULL,
      secret TEXT NOT NULL,
      body_id TEXT,
      group_name TEXT NOT NULL,
      member_codes TEXT NOT NULL,
      issues TEXT NOT NULL,
      paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL
    );
    CREATE TABLE alert_outbox (
      event_id TEXT PRIMARY KEY,
      subscription_id INTEGER NOT NULL REFERENCES alert_subscription (id) ON DELETE CASCADE,
      rcid INTEGER NOT NULL,
      payload TEXT NOT NULL,
      created_at TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER NOT NULL,
      delivered_at TEXT,
      given_up_at TEXT,
      last_error TEXT,
      UNIQUE (subscription_id, rcid)
    );
    CREATE INDEX alert_outbox_due ON alert_outbox (next_attempt_at) WHERE delivered_at IS NULL AND given_up_at IS NULL;
    CREATE TABLE alert_scanned (rcid INTEGER PRIMARY KEY);
    CREATE TABLE alert_audit (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      subscription_id INTEGER NOT NULL,
      details TEXT NOT NULL
    );
  `,
};

export type SubscriptionRow = {
  id: number;
  target_url: string;
  secret: string;
  body_id: string | null;
  group_name: string;
  member_codes: string;
  issues: string;
  paused: 0 | 1;
  created_at: string;
  created_by: string;
  owner_country: string | null;
};

export type Subscription = {
  id: number;
  targetUrl: string;
  secret: string;
  bodyId: string | null;
  groupName: string;
  memberCodes: string[];
  issues: string[];
  paused: boolean;
  createdAt: string;
  createdBy: string;
  /** The delegation it belongs to (alpha-3), or null for the secretariat. */
  ownerCountry: string | null;
};

/** Whose subscriptions (and audit entries) a request may see and change: every one (the secretariat), or one delegation's. */
export type AlertScope = AuditScope;

export type OutboxRow = {
  event_id: string;
  subscription_id: number;
  rcid: number;
  payload: string;
  created_at: string;
  attempts: number;
  next_attempt_at: number;
  delivered_at: string | null;
  given_up_at: string | null;
  last_error: string | null;
};

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    targetUrl: row.target_url,
    secret: row.secret,
    bodyId: row.body_id,
    groupName: row.group_name,
    memberCodes: JSON.parse(row.member_codes) as string[],
    issues: JSON.parse(row.issues) as string[],
    paused: row.paused === 1,
    createdAt: row.created_at,
    createdBy: row.created_by,
    ownerCountry: row.owner_country,
  };
}

export type NewSubscription = Omit<Subscription, "id" | "paused" | "createdAt">;

/** One new event for the outbox: computed by the scan, sent by the deliverer. */
export type NewEvent = { eventId: string; subscriptionId: number; rcid: number; payload: string };

export class AlertStore {
  private readonly statements;
  /** Every change to a subscription, with who made it (subject `subscription:<id>`). */
  readonly auditLog: AuditLog;

  constructor(private readonly db: Db) {
    this.auditLog = new AuditLog(db);
    this.statements = {
      insert: statement(
        db,
        `INSERT INTO alert_subscription (target_url, secret, body_id, group_name, member_codes, issues, created_at, created_by, owner_country)
        VALUES (@targetUrl, @secret, @bodyId, @groupName, @memberCodes, @issues, @createdAt, @createdBy, @ownerCountry)`,
      ),
      byId: statement<[number], SubscriptionRow>(db, "SELECT * FROM alert_subscription WHERE id = ?"),
      page: statement<[number, number], SubscriptionRow>(db, "SELECT * FROM alert_subscription WHERE id > ? ORDER BY id LIMIT ?"),
      pageOf: statement<[string, number, number], SubscriptionRow>(
        db,
        "SELECT * FROM alert_subscription WHERE owner_country = ? AND id > ? ORDER BY id LIMIT ?",
      ),
      count: statement<[], { n: number }>(db, "SELECT count(*) AS n FROM alert_subscription"),
      countOf: statement<[string], { n: number }>(db, "SELECT count(*) AS n FROM alert_subscription WHERE owner_country = ?"),
      active: statement<[], SubscriptionRow>(db, "SELECT * FROM alert_subscription WHERE paused = 0 ORDER BY id"),
      setPaused: statement<[number, number]>(db, "UPDATE alert_subscription SET paused = ? WHERE id = ?"),
      delete: statement<[number]>(db, "DELETE FROM alert_subscription WHERE id = ?"),
      deleteEvents: statement<[number]>(db, "DELETE FROM alert_outbox WHERE subscription_id = ?"),
      unscanned: statement<[], { rcid: number }>(db, "SELECT rcid FROM roll_call WHERE rcid NOT IN (SELECT rcid FROM alert_scanned) ORDER BY date, rcid"),
      markScanned: statement<[number]>(db, "INSERT OR IGNORE INTO alert_scanned (rcid) VALUES (?)"),
      addEvent: statement(
        db,
        "INSERT OR IGNORE INTO alert_outbox (event_id, subscription_id, rcid, payload, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      due: statement<[number, number], OutboxRow>(
        db,
        `SELECT o.* FROM alert_outbox o JOIN alert_subscription s ON s.id = o.subscription_id
        WHERE o.delivered_at IS NULL AND o.given_up_at IS NULL AND s.paused = 0 AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, o.created_at, o.event_id LIMIT ?`,
      ),
      nextDue: statement<[], { at: number | null }>(
        db,
        `SELECT min(o.next_attempt_at) AS at FROM alert_outbox o JOIN alert_subscription s ON s.id = o.subscription_id
        WHERE o.delivered_at IS NULL AND o.given_up_at IS NULL AND s.paused = 0`,
      ),
      delivered: statement<[string, number, string]>(db, "UPDATE alert_outbox SET delivered_at = ?, attempts = ? WHERE event_id = ?"),
      failed: statement<[number, number, string, string]>(db, "UPDATE alert_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE event_id = ?"),
      gaveUp: statement<[number, string, string, string]>(db, "UPDATE alert_outbox SET attempts = ?, given_up_at = ?, last_error = ? WHERE event_id = ?"),
      counts: statement<[number], { pending: number; delivered: number; given_up: number }>(
        db,
        `SELECT
        count(*) FILTER (WHERE delivered_at IS NULL AND given_up_at IS NULL) AS pending,
        count(*) FILTER (WHERE delivered_at IS NOT NULL) AS delivered,
        count(*) FILTER (WHERE given_up_at IS NOT NULL) AS given_up
        FROM alert_outbox WHERE subscription_id = ?`,
      ),
      events: statement<[number], OutboxRow>(db, "SELECT * FROM alert_outbox WHERE subscription_id = ? ORDER BY created_at, event_id"),
    };
  }

  create(subscription: NewSubscription, by: Auditor, now: string, details: object): Subscription {
    return this.db.transaction(() => {
      const { lastInsertRowid } = this.statements.insert.run({
        ...subscription,
        memberCodes: JSON.stringify(subscription.memberCodes),
        issues: JSON.stringify(subscription.issues),
        createdAt: now,
      });
      const id = Number(lastInsertRowid);
      this.auditLog.record({ by, action: "CREATE", subject: subscriptionSubject(id), details, ownerCountry: subscription.ownerCountry, at: now });
      return this.get(id)!;
    })();
  }

  get(id: number): Subscription | null {
    const row = this.statements.byId.get(id);
    return row ? toSubscription(row) : null;
  }

  /** The subscription when it exists and is within `scope`; null otherwise (another delegation's is not said to exist). */
  getIn(scope: AlertScope, id: number): Subscription | null {
    const subscription = this.get(id);
    return subscription && inScope(scope, subscription.ownerCountry) ? subscription : null;
  }

  /** Subscriptions within `scope` by id after `afterId`, at most `limit`. */
  page(scope: AlertScope, afterId: number, limit: number): Subscription[] {
    const rows = scope.kind === "all" ? this.statements.page.all(afterId, limit) : this.statements.pageOf.all(scope.country, afterId, limit);
    return rows.map(toSubscription);
  }

  count(scope: AlertScope): number {
    return (scope.kind === "all" ? this.statements.count.get() : this.statements.countOf.get(scope.country))!.n;
  }

  setPaused(scope: AlertScope, id: number, paused: boolean, by: Auditor, now: string): Subscription | null {
    return this.db.transaction(() => {
      const existing = this.getIn(scope, id);
      if (!existing) return null;
      this.statements.setPaused.run(paused ? 1 : 0, id);
      const action = paused ? "PAUSE" : "RESUME";
      this.auditLog.record({ by, action, subject: subscriptionSubject(id), details: {}, ownerCountry: existing.ownerCountry, at: now });
      return this.get(id);
    })();
  }

  /** Deletes the subscription and its undelivered events; the audit keeps what it was (its target without the query string). */
  delete(scope: AlertScope, id: number, by: Auditor, now: string): Subscription | null {
    return this.db.transaction(() => {
      const existing = this.getIn(scope, id);
      if (!existing) return null;
      this.statements.deleteEvents.run(id);
      this.statements.delete.run(id);
      const details = { targetUrl: redactedTarget(existing.targetUrl), groupName: existing.groupName };
      this.auditLog.record({ by, action: "DELETE", subject: subscriptionSubject(id), details, ownerCountry: existing.ownerCountry, at: now });
      return existing;
    })();
  }

  /**
   * The scan, in one transaction: every roll call not scanned yet, its events from `eventsFor`
   * (given the active subscriptions), written to the outbox, and the roll calls marked scanned.
   */
  scan(eventsFor: (rcids: number[], subscriptions: Subscription[]) => NewEvent[], now: Date): { rollCalls: number; events: number } {
    return this.db.transaction(() => {
      const rcids = this.statements.unscanned.all().map((row) => row.rcid);
      if (rcids.length === 0) return { rollCalls: 0, events: 0 };
      const subscriptions = this.statements.active.all().map(toSubscription);
      let events = 0;
      if (subscriptions.length > 0) {
        for (const event of eventsFor(rcids, subscriptions)) {
          events += this.statements.addEvent.run(event.eventId, event.subscriptionId, event.rcid, event.payload, now.toISOString(), now.getTime()).changes;
        }
      }
      for (const rcid of rcids) this.statements.markScanned.run(rcid);
      return { rollCalls: rcids.length, events };
    })();
  }

  due(now: number, limit: number): OutboxRow[] {
    return this.statements.due.all(now, limit);
  }

  /** When the next undelivered event of an active subscription is due; null when none waits. */
  nextDue(): number | null {
    return this.statements.nextDue.get()?.at ?? null;
  }

  markDelivered(eventId: string, attempts: number, now: string): void {
    this.statements.delivered.run(now, attempts, eventId);
  }

  markFailed(eventId: string, attempts: number, nextAttemptAt: number, error: string): void {
    this.statements.failed.run(attempts, nextAttemptAt, error, eventId);
  }

  markGivenUp(eventId: string, attempts: number, now: string, error: string): void {
    this.statements.gaveUp.run(attempts, now, error, eventId);
  }

  counts(subscriptionId: number): { pending: number; delivered: number; givenUp: number } {
    const row = this.statements.counts.get(subscriptionId)!;
    return { pending: row.pending ?? 0, delivered: row.delivered ?? 0, givenUp: row.given_up ?? 0 };
  }

  events(subscriptionId: number): OutboxRow[] {
    return this.statements.events.all(subscriptionId);
  }
}

/**
 * Schema step 7: subscription ids are never reused. With a plain INTEGER PRIMARY KEY SQLite gives
 * a new row the highest id plus one, so deleting the newest subscription handed its id to the
 * next: the audit log then filed two subscriptions under one id, and event ids (which carry the
 * subscription's) repeated, which receivers that drop repeats by id would drop. AUTOINCREMENT
 * keeps a high-water mark instead; it starts above every id the audit log has seen.
 */
export const ALERT_IDS_MIGRATION: Migration = {
  name: "webhook alert subscription ids never reused",
  rebuildsTables: true,
  sql: `
    CREATE TABLE alert_subscription_v7 (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      target_url TEXT NOT NULL,
      secret TEXT NOT NULL,
      body_id TEXT,
      group_name TEXT NOT NULL,
      member_codes TEXT NOT NULL,
      issues TEXT NOT NULL,
      paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL
    );
    INSERT INTO alert_subscription_v7 SELECT * FROM alert_subscription;
    DROP TABLE alert_subscription;
    ALTER TABLE alert_subscription_v7 RENAME TO alert_subscription;
    INSERT INTO sqlite_sequence (name, seq) SELECT 'alert_subscription', 0
      WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'alert_subscription');
    UPDATE sqlite_sequence SET seq = max(seq, (SELECT coalesce(max(subscription_id), 0) FROM alert_audit)) WHERE name = 'alert_subscription';
  `,
};

/**
 * Schema step 8: a subscription belongs to a delegation (its country) or to the secretariat
 * (null), and so does each audit entry, so that a delegate lists, changes and reads the history of
 * its own subscriptions only. Subscriptions made before had no owner recorded: the secretariat's.
 */
export const ALERT_OWNERS_MIGRATION: Migration = {
  name: "webhook alert subscriptions owned by a delegation or the secretariat",
  sql: `
    ALTER TABLE alert_subscription ADD COLUMN owner_country TEXT;
    ALTER TABLE alert_audit ADD COLUMN owner_country TEXT;
  `,
};

/**
 * Schema step 9: the alerts' audit moves into the hub's one audit log model (shared/audit-log.ts),
 * the table the Alliance keeps too: the subscription becomes the subject `subscription:<id>`, and
 * the role acted in, which the old log did not keep, stays null on the entries moved.
 */
const SUBSCRIPTION_SUBJECT = "subscription";

export const ALERT_AUDIT_LOG_MIGRATION: Migration = {
  name: "the alerts' audit in the shared audit log model",
  sql: `
    ${AUDIT_ENTRY_TABLE_SQL}
    INSERT INTO audit_entry (id, at, actor, role, action, subject, details, owner_country)
      SELECT id, at, actor, NULL, action, '${SUBSCRIPTION_SUBJECT}:' || subscription_id, details, owner_country FROM alert_audit ORDER BY id;
    DROP TABLE alert_audit;
  `,
};

export function subscriptionSubject(id: number): string {
  return auditSubject(SUBSCRIPTION_SUBJECT, id);
}

/** The subscription id an audit entry's subject names. */
export function subscriptionIdOf(subject: string): string {
  return subject.slice(SUBSCRIPTION_SUBJECT.length + 1);
}

/** Who makes a change within `scope`: the secretariat when it reaches all, else a delegate for its delegation. */
export function auditorIn(scope: AlertScope, actorId: string): Auditor {
  return { id: actorId, role: scope.kind === "all" ? Role.SECRETARIAT : Role.MEMBER_STATE_DELEGATE };
}

function inScope(scope: AlertScope, ownerCountry: string | null): boolean {
  return scope.kind === "all" || ownerCountry === scope.country;
}

/**
 * A webhook target as it is shown back or kept in the audit log: without its query string, where
 * receivers often put a token (`?token=…`); a `?…` marks that one was there. The full URL stays
 * in the subscription, for delivery only.
 */
export function redactedTarget(targetUrl: string): string {
  try {
    const url = new URL(targetUrl);
    const hadQuery = url.search !== "";
    url.search = "";
    url.hash = "";
    return `${url.toString()}${hadQuery ? "?…" : ""}`;
  } catch {
    return "(not a URL)";
  }
}
