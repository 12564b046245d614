/** The alliance subgraph's own SQLite store: the AoD secretariat's system of record. */
import { AuditLog } from "../shared/audit-log.js";
import { openStore, type Db, SubgraphStore } from "../shared/store.js";
import { ALLIANCE_MIGRATIONS } from "./migrations.js";
import { prepareRecords, type Records } from "./records.js";

/** The Alliance's system of record; `records` holds its statements, `auditLog` who changed what. */
export class AllianceStore extends SubgraphStore {
  readonly records: Records;
  readonly auditLog: AuditLog;

  constructor(db: Db) {
    super(db);
    this.records = prepareRecords(db);
    this.auditLog = new AuditLog(db);
  }
}

export function openAllianceStore(file: string): AllianceStore {
  return new AllianceStore(openStore(file, ALLIANCE_MIGRATIONS));
}
