/**
 * The one audit log model of every subgraph that records changes (the Alliance's record, the
 * alerts' subscriptions): a table `audit_entry` in the subgraph's own store, one row per change,
 * written by the caller inside the change's own transaction, so either both are stored or neither.
 *
 * An entry says who (`actor`, the token's `sub`), in which role, did what (`action`) to what
 * (`subject`, `kind:id`), with what (`details`, JSON), and whose history it belongs to
 * (`owner_country`: a delegation, or null for the secretariat's), so that a delegate can be shown
 * its own delegation's history and nothing else.
 */
import type { Role } from "./auth.js";
import type { Db } from "./store.js";
import { statement } from "./statements.js";

/**
 * The table, for a store that has none yet. `role` may be null: entries moved from an older log
 * that did not keep the role have none (the Alliance's table, made with the role from the start,
 * also requires it).
 */
export const AUDIT_ENTRY_TABLE_SQL = `
  CREATE TABLE audit_entry (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    role TEXT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    owner_country TEXT
  );
`;

export type AuditRow = {
  id: number;
  at: string;
  actor: string;
  role: string | null;
  action: string;
  subject: string;
  details: string;
  owner_country: string | null;
};

/** Who made a change: the token's subject and the role acted in. */
export type Auditor = { id: string; role: Role };

/** One change to record. `ownerCountry`: the delegation whose history it belongs to; null or absent for the secretariat's. */
export type AuditRecord = { by: Auditor; action: string; subject: string; details: unknown; ownerCountry?: string | null; at?: string };

/** Which entries a reader may see: all of them (the secretariat), or one delegation's. */
export type AuditScope = { kind: "all" } | { kind: "country"; country: string };

/** A subject as entries name it: `country:CAN`, `subscription:3`. */
export function auditSubject(kind: string, id: string | number): string {
  return `${kind}:${id}`;
}

export class AuditLog {
  constructor(private readonly db: Db) {}

  /** Appends one entry; call it inside the transaction of the change it records. */
  record({ by, action, subject, details, ownerCountry = null, at = new Date().toISOString() }: AuditRecord): void {
    statement(this.db, "INSERT INTO audit_entry (at, actor, role, action, subject, details, owner_country) VALUES (?, ?, ?, ?, ?, ?, ?)").run(
      at,
      by.id,
      by.role,
      action,
      subject,
      JSON.stringify(details),
      ownerCountry,
    );
  }

  /** Entries within `scope` by id after `afterId`, oldest first, at most `limit`. */
  page(scope: AuditScope, afterId: number, limit: number): AuditRow[] {
    return scope.kind === "all"
      ? statement<[number, number], AuditRow>(this.db, "SELECT * FROM audit_entry WHERE id > ? ORDER BY id LIMIT ?").all(afterId, limit)
      : statement<[string, number, number], AuditRow>(this.db, "SELECT * FROM audit_entry WHERE owner_country = ? AND id > ? ORDER BY id LIMIT ?").all(
          scope.country,
          afterId,
          limit,
        );
  }

  count(scope: AuditScope): number {
    const row =
      scope.kind === "all"
        ? statement<[], { n: number }>(this.db, "SELECT count(*) AS n FROM audit_entry").get()
        : statement<[string], { n: number }>(this.db, "SELECT count(*) AS n FROM audit_entry WHERE owner_country = ?").get(scope.country);
    return row!.n;
  }
}
