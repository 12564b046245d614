/**
 * How a subgraph reads the hub: through the hub's gateway, like any client, never from another
 * subgraph's store. Two subgraphs do (overlaps reads every body's activities; un-votes reads a
 * body's members for an alert subscription), each with one client built with its services.
 *
 * The address comes from the subgraph's settings and, when `npm start` gave the gateway a port
 * only it knows, from the launcher's `GatewayAddressMessage` once the gateway listens.
 */
import { Pool } from "undici";

/** Sent over IPC by the launcher to every subgraph when the gateway listens (and again after it restarts). */
export type GatewayAddressMessage = { type: "gateway"; url: string };

export type HubAnswer<Data> = {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[] }[];
};

export class HubGatewayClient {
  private pool: Pool | null = null;
  private readonly addressListeners: ((url: string) => void)[] = [];

  constructor(
    private url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  get address(): string {
    return this.url;
  }

  /** Reads go to `url` from now on; listeners hear of a change, not of the same address again. */
  useAddress(url: string): void {
    if (url === this.url) return;
    this.url = url;
    void this.pool?.close();
    this.pool = null;
    for (const listener of this.addressListeners) listener(url);
  }

  onAddressChange(listener: (url: string) => void): void {
    this.addressListeners.push(listener);
  }

  /** One operation; network failures and timeouts reject, GraphQL errors come back in the answer. */
  async query<Data>(query: string, variables?: Record<string, unknown>): Promise<HubAnswer<Data>> {
    const url = new URL(this.url);
    // One connection: the reads are rare and never concurrent enough to need more.
    this.pool ??= new Pool(url.origin, { connections: 1, headersTimeout: this.timeoutMs, bodyTimeout: this.timeoutMs });
    const response = await this.pool.request({
      path: url.pathname,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(variables ? { query, variables } : { query }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const answer = (await response.body.json()) as Omit<HubAnswer<Data>, "status">;
    return { status: response.statusCode, ...answer };
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}

/** Calls `listener` with each gateway address the launcher sends this process. */
export function onGatewayAddress(listener: (url: string) => void): void {
  process.on("message", (message: GatewayAddressMessage) => {
    if (message?.type === "gateway" && typeof message.url === "string") listener(message.url);
  });
}
