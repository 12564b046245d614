/**
 * A request's time budget inside a subgraph. The gateway says how long it will wait for each call
 * (TIMEOUT_HEADER, in milliseconds); past that nobody reads the answer, so long analyses check
 * the deadline as they go and stop instead of computing for a client that is gone. A request
 * without the header (a direct caller) gets the subgraph's own ceiling, and so does one asking
 * for more: no request works longer than MAX_WORK_MS.
 */
import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import { ErrorCode } from "./errors.js";

export const TIMEOUT_HEADER = "x-hub-timeout-ms";
export const MAX_WORK_MS = 30_000;

export class Deadline {
  constructor(
    readonly at: number,
    readonly budgetMs: number,
  ) {}

  static forRequest(req: IncomingMessage | undefined, now = Date.now()): Deadline {
    const raw = req?.headers[TIMEOUT_HEADER];
    const asked = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : MAX_WORK_MS;
    const budget = Math.min(asked, MAX_WORK_MS);
    return new Deadline(now + budget, budget);
  }

  /** Throws DEADLINE_EXCEEDED once the budget is spent; cheap enough to call in a loop. */
  check(work: string, now = Date.now()): void {
    if (now >= this.at) {
      throw new GraphQLError(`${work} stopped: the request's time budget of ${this.budgetMs} ms ran out.`, {
        extensions: { code: ErrorCode.DeadlineExceeded },
      });
    }
  }
}
