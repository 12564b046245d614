/**
 * A webhook receiver on loopback for the alert tests: it records every delivery, answers with the
 * statuses it is told to (200 once they run out), and can go down and come back on the same port.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Delivery = { eventId: string; timestamp: string | undefined; signature: string | undefined; body: string; status: number };

export class Receiver {
  readonly deliveries: Delivery[] = [];
  /** Statuses for the next deliveries, in order; 200 when empty. */
  readonly statuses: number[] = [];
  /** Milliseconds to wait before answering (a slow receiver, for the kill -9 test). */
  delayMs = 0;
  private server: http.Server | null = null;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk) => chunks.push(chunk));
      req.on("end", () => {
        const status = this.statuses.shift() ?? 200;
        const answer = () => {
          this.deliveries.push({
            eventId: String(req.headers["x-hub-event-id"]),
            timestamp: req.headers["x-hub-timestamp"] as string | undefined,
            signature: req.headers["x-hub-signature-256"] as string | undefined,
            body: Buffer.concat(chunks).toString("utf8"),
            status,
          });
          res.writeHead(status).end();
        };
        if (this.delayMs > 0) setTimeout(answer, this.delayMs);
        else answer();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Event ids the receiver took (2xx), in order; a repeat shows as a duplicate. */
  acknowledged(): string[] {
    return this.deliveries.filter((delivery) => delivery.status >= 200 && delivery.status < 300).map((delivery) => delivery.eventId);
  }

  async waitFor(check: () => boolean, timeoutMs = 20_000): Promise<void> {
    const started = Date.now();
    while (!check()) {
      if (Date.now() - started > timeoutMs)
        throw new Error(
          `the receiver did not get what was expected within ${timeoutMs} ms; it got ${JSON.stringify(this.deliveries.map((d) => [d.eventId, d.status]))}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
