/**
 * Applies rows to a store in transactions of a fixed size. A crash or kill leaves whole batches
 * committed and never part of one; between batches the event loop breathes, so a service that
 * imports while serving keeps answering.
 */
import type { Db } from "../store.js";

export class BatchWriter<Row> {
  private pending: Row[] = [];

  constructor(
    private readonly db: Db,
    private readonly applyRow: (row: Row) => void,
    private readonly size: number,
    private readonly afterCommit: (rows: number) => void = () => {},
  ) {}

  async add(row: Row): Promise<void> {
    this.pending.push(row);
    if (this.pending.length >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    this.db.transaction(() => {
      for (const row of rows) this.applyRow(row);
    })();
    this.afterCommit(rows.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
