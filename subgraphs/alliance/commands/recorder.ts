/**
 * What every group of commands stands on: the actor's role, a state's standing in the Alliance, and the one way a change is written, together with its audit entry in one transaction, so
 * either both are stored or neither.
 */
import { Role, type Actor } from "../../shared/auth.js";
import type { DecisionRow, Records } from "../records.js";
import type { AllianceStore } from "../store.js";
import { forbidden } from "./validation.js";

export type Standing = DecisionRow["status"] | "NOT_A_MEMBER";

export class Recorder {
  readonly records: Records;

  constructor(readonly store: AllianceStore) {
    this.records = store.records;
  }

  /** Runs `write` and records the audit entry in the same transaction. */
  recorded<T>(actor: Actor, role: Role, action: string, subject: string, details: unknown, write: () => T): T {
    return this.store.db.transaction(() => {
      const result = write();
      // A delegate's change belongs to its delegation's history; everyone else's to the secretariat's.
      const ownerCountry = role === Role.MEMBER_STATE_DELEGATE ? (actor.country ?? null) : null;
      this.store.auditLog.record({ by: { id: actor.id, role }, action, subject, details, ownerCountry });
      return result;
    })();
  }

  /** The first of `allowed` the actor holds; refused when it holds none. */
  /** Who recorded something, as everyone but the secretariat sees it: a role, never a token's subject. */
  labelFor(actor: Actor, role: Role): string {
    return role === Role.SECRETARIAT ? "secretariat" : `delegate of ${actor.country ?? "no state"}`;
  }

  roleFor(actor: Actor, allowed: Role[]): Role {
    const role = allowed.find((r) => actor.roles.includes(r));
    if (!role) throw forbidden(`This action needs one of the roles ${allowed.join(", ")}; ${actor.id} has ${actor.roles.join(", ") || "none"}.`);
    return role;
  }

  currentStatus(code: string): Standing {
    return this.records.latestStandingFor([code])[0]?.status ?? "NOT_A_MEMBER";
  }
}
