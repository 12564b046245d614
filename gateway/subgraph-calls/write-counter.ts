/**
 * The gateway's count of forwarded writes (see subgraphs/platform/hub-writes.ts for who reads it
 * and why). One per gateway process, shared by every subgraph's data source.
 */
import { randomBytes } from "node:crypto";
import { formatWriteMark } from "../../subgraphs/platform/hub-writes.js";

/** Subgraph operations the gateway sends are printed documents: a write starts with `mutation`. */
const MUTATION = /^\s*mutation\b/;

export class WriteCounter {
  /** Tells this start's marks from another's: a restarted gateway counts from zero again. */
  private readonly gateway = randomBytes(4).toString("hex");
  private count = 0;

  static isWrite(subgraphOperation: string): boolean {
    return MUTATION.test(subgraphOperation);
  }

  /** Counted when the write's answer is back (or it failed: part of it may have been stored). */
  written(): void {
    this.count++;
  }

  header(): string {
    return formatWriteMark({ gateway: this.gateway, count: this.count });
  }
}
