/**
 * At most a few expensive requests in flight per client. The cost limit bounds one request; this
 * bounds how many of the heaviest allowed ones a single client keeps running at once, so that one
 * client looping agreement matrices or whip sheets cannot take every analysis thread from everyone
 * else. Only requests priced at or above a threshold count: the README's queries, the console's
 * pages and the overlaps subgraph's own read of the hub (about 17,000) are priced far below it.
 */
export class ExpensiveRequestLimiter {
  private readonly inFlight = new Map<string, number>();

  constructor(readonly perClient: number) {}

  /** A release function when `client` may start one more, null when it already has `perClient` running. */
  acquire(client: string): (() => void) | null {
    const running = this.inFlight.get(client) ?? 0;
    if (running >= this.perClient) return null;
    this.inFlight.set(client, running + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.inFlight.get(client) ?? 1) - 1;
      if (left <= 0) this.inFlight.delete(client);
      else this.inFlight.set(client, left);
    };
  }
}
