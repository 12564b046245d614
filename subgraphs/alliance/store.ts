/** The alliance subgraph's own SQLite store: the AoD secretariat's system of record. */
import { openStore, type Db, SubgraphStore } from "../shared/store.js";
import { ALLIANCE_MIGRATIONS } from "./migrations.js";
import { prepareRecords, type Records } from "./records.js";

/** The Alliance's system of record; `records` holds its statements. */
export class AllianceStore extends SubgraphStore {
  readonly records: Records;

  constructor(db: Db) {
    super(db);
    this.records = prepareRecords(db);
  }
}

export function openAllianceStore(file: string): AllianceStore {
  return new AllianceStore(openStore(file, ALLIANCE_MIGRATIONS));
}
