/**
 * Sends the outbox: each due event POSTed to its subscription's target, signed, with a deadline;
 * a 2xx marks it delivered, anything else (a refusal, a timeout, a redirect, a target that now
 * resolves to an internal address) schedules the next attempt with exponential back-off, until
 * the retry limit gives up on it (kept in the outbox with the last error). Delivery is at least
 * once: a crash between the receiver's answer and the mark sends the event again after restart,
 * with the same event id for the receiver to drop.
 */
import { Agent, request } from "undici";
import type { AlertStore, OutboxRow } from "./alert-store.js";
import { backoffMs, type AlertSettings } from "./settings.js";
import { EVENT_ID_HEADER, signature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./signing.js";
import { checkTarget, guardedLookup, parseTarget } from "./targets.js";

/** Events sent per pass; the next pass starts at once while more are due. */
const BATCH = 20;

export class AlertDeliverer {
  private readonly agent: Agent;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly store: AlertStore,
    private readonly settings: AlertSettings,
    private readonly log: Pick<Console, "error"> = console,
  ) {
    this.agent = new Agent({
      connect: { timeout: settings.timeoutMs, lookup: guardedLookup(settings) },
      headersTimeout: settings.timeoutMs,
      bodyTimeout: settings.timeoutMs,
    });
  }

  start(): void {
    this.stopped = false;
    this.wake();
  }

  /** Stops delivering (a pass under way finishes); `start` resumes. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Stops for good and closes the connections: when the subgraph stops. */
  async close(): Promise<void> {
    await this.stop();
    this.closing ??= this.agent.close();
    await this.closing;
  }

  /** Looks at the outbox now (after a scan or a resume), instead of at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running ??= this.pass().finally(() => {
      this.running = null;
      this.schedule();
    });
  }

  /** Resolves when nothing is due now (tests wait on it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    const next = this.store.nextDue();
    const wait = next === null ? this.settings.pollMs : Math.max(0, Math.min(this.settings.pollMs, next - Date.now()));
    this.timer = setTimeout(() => this.wake(), wait);
    this.timer.unref();
  }

  private async pass(): Promise<void> {
    for (;;) {
      const due = this.store.due(Date.now(), BATCH);
      if (due.length === 0 || this.stopped) return;
      for (const event of due) {
        if (this.stopped) return;
        await this.deliver(event);
      }
    }
  }

  private async deliver(event: OutboxRow): Promise<void> {
    const subscription = this.store.get(event.subscription_id);
    if (!subscription) return;
    const attempts = event.attempts + 1;
    const problem = await this.send(subscription.targetUrl, subscription.secret, event);
    const now = new Date();
    if (problem === null) {
      this.store.markDelivered(event.event_id, attempts, now.toISOString());
    } else if (attempts >= this.settings.maxAttempts) {
      this.store.markGivenUp(event.event_id, attempts, now.toISOString(), problem);
      this.log.error(`un-votes: gave up on alert ${event.event_id} to ${subscription.targetUrl} after ${attempts} attempts: ${problem}`);
    } else {
      this.store.markFailed(event.event_id, attempts, now.getTime() + backoffMs(this.settings, attempts), problem);
    }
  }

  /** Null when the receiver took the event; otherwise why not. */
  private async send(target: string, secret: string, event: OutboxRow): Promise<string | null> {
    try {
      const url = parseTarget(target, this.settings);
      await checkTarget(url, this.settings);
      const timestamp = Math.floor(Date.now() / 1000);
      const response = await request(url, {
        method: "POST",
        dispatcher: this.agent,
        headers: {
          "content-type": "application/json",
          "user-agent": "democracy-hub-webhooks/1",
          [EVENT_ID_HEADER]: event.event_id,
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signature(secret, timestamp, event.payload),
        },
        body: event.payload,
      });
      await response.body.dump();
      return response.statusCode >= 200 && response.statusCode < 300 ? null : `the receiver answered HTTP ${response.statusCode}`;
    } catch (error) {
      return (error as Error).message;
    }
  }
}
