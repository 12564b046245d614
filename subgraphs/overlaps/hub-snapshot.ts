/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers read here are shaped by the query text beside them */
/**
 * What the overlaps subgraph knows of the hub's own bodies and every body's activities. It reads
 * them through the gateway, like any client, and never another subgraph's store. Read again before
 * an answer that uses it (`fresh`) whenever the hub may have changed since the last read, so a
 * change anywhere in the hub is seen by the next question: the gateway's write mark on the request
 * says whether it may have (no write forwarded since, no read); a request without one (another
 * router, a direct caller) always reads. Read on an interval besides, for writes that bypass the
 * gateway; a failed read keeps the last good snapshot and says why.
 */
import type { HubGatewayClient } from "../platform/hub-gateway.js";
import { laterMark, writesCovered, type WriteMark } from "../platform/hub-writes.js";
import type { ActivityRecord as Activity } from "../shared/bodies/Activity.js";

export type HubBody = { id: string; name: string; memberCodes: string[] };

const BODY =
  "id name memberCodes activities { id body { id } kind title description topics countryCodes startDate endDate source { title url checkedOn note } }";
export const HUB_QUERY = `query OverlapsSnapshot {
  communityOfDemocracies { ${BODY} }
  d10 { ${BODY} associatedBodies { ${BODY} } }
  alliance { ${BODY} }
  unDemocracyCaucus { ${BODY} }
}`;

/** The root fields the snapshot reads, each a part kept on its own. */
const SNAPSHOT_ROOTS = ["communityOfDemocracies", "d10", "alliance", "unDemocracyCaucus"] as const;
type SnapshotPart = { bodies: HubBody[]; activities: Activity[] };

/** A body as read (and the bodies beside it, for the D-10), with its activities. */
function partOf(value: any): SnapshotPart {
  const part: SnapshotPart = { bodies: [], activities: [] };
  const take = (body: any) => {
    part.bodies.push({ id: body.id, name: body.name ?? body.id, memberCodes: body.memberCodes ?? [] });
    for (const activity of body.activities ?? []) part.activities.push({ ...activity, bodyId: activity.body.id });
  };
  take(value);
  for (const associated of value.associatedBodies ?? []) take(associated);
  return part;
}

export class HubSnapshot {
  bodies: HubBody[] = [];
  activities: Activity[] = [];
  refreshedAt: string | null = null;
  /** Changes only when what was read differs from before: the analyses built on the snapshot key on it, so a refresh that reads the same data costs no rebuild. */
  version = 0;
  lastError: string | null = null;
  private contentKey = "";
  private parts = new Map<string, SnapshotPart>();
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  /** The newest write mark any request carried; a read that starts holds at least the writes it counts. */
  private newestMark: WriteMark | null = null;
  /** The mark when the read under way started, and when the last good read started. */
  private markInFlight: WriteMark | null = null;
  private markRead: WriteMark | null = null;
  /** Reads made since start (the tests count them). */
  reads = 0;

  constructor(readonly hub: HubGatewayClient) {}

  refresh(): Promise<void> {
    if (!this.inFlight) {
      const mark = this.newestMark;
      this.markInFlight = mark;
      this.inFlight = this.fetch()
        .then((ok) => {
          if (ok) this.markRead = mark;
        })
        .finally(() => {
          this.inFlight = null;
          this.markInFlight = null;
        });
    }
    return this.inFlight;
  }

  private nextRead: Promise<void> | null = null;

  /**
   * A read that starts after this call, so a change made just before (an activity recorded, a
   * member admitted) is in the answer: a read already under way may have started before the
   * change, so it is followed by one more, which every caller arriving meanwhile shares. With the
   * request's write mark (`asked`), no read when the last good one began after every write the
   * mark counts, and the read under way is enough when it did. Waits at
   * most `maxWaitMs`; past that (the gateway slow or down) the caller answers from the last good
   * snapshot, which `refreshedAt` and `lastError` describe, while the read goes on.
   */
  async fresh(asked: WriteMark | null = null, maxWaitMs = 2_000): Promise<void> {
    if (asked) {
      this.newestMark = laterMark(this.newestMark, asked);
      // Nothing written through the gateway since the last good read began: it is fresh enough.
      if (writesCovered(this.markRead, asked)) return;
    }
    const read =
      // A read under way that began after the asker's writes holds them; otherwise one more read.
      this.inFlight && !(asked && writesCovered(this.markInFlight, asked))
        ? (this.nextRead ??= this.inFlight.then(() => {
            this.nextRead = null;
            return this.refresh();
          }))
        : this.refresh();
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)));
    await Promise.race([read, waited]);
    clearTimeout(timer);
  }

  /** One read through the gateway; true when it gave a usable snapshot. */
  private async fetch(): Promise<boolean> {
    this.reads++;
    try {
      const result = await this.hub.query<Record<string, any>>(HUB_QUERY);
      const data = result.data ?? {};
      // A root that failed (null, or an error under it) keeps what the last read had for it: a
      // subgraph that is down for a moment must not make its bodies vanish from the analyses.
      const failedRoots = new Set((result.errors ?? []).map((error) => String(error.path?.[0] ?? "")));
      const parts = new Map<string, SnapshotPart>();
      for (const root of SNAPSHOT_ROOTS) {
        const fresh = data[root] && !failedRoots.has(root) ? partOf(data[root]) : null;
        const kept = fresh ?? this.parts.get(root) ?? (data[root] ? partOf(data[root]) : null);
        if (kept) parts.set(root, kept);
      }
      const bodies = [...parts.values()].flatMap((part) => part.bodies);
      const activities = [...parts.values()].flatMap((part) => part.activities);
      if (bodies.length === 0) throw new Error(result.errors?.map((e) => e.message).join("; ") || `HTTP ${result.status} without data`);
      this.parts = parts;
      const contentKey = JSON.stringify([bodies, activities]);
      if (contentKey !== this.contentKey) {
        this.contentKey = contentKey;
        this.bodies = bodies;
        this.activities = activities;
        this.version++;
      }
      this.refreshedAt = new Date().toISOString();
      this.lastError = result.errors?.length ? `partial: ${result.errors.map((e) => e.message).join("; ")}` : null;
      // A partial read kept some roots from before: the next answer reads again.
      return this.lastError === null;
    } catch (error) {
      this.lastError = `refresh through ${this.hub.address} failed: ${(error as Error).message}`;
      return false;
    }
  }

  startInterval(seconds: number): void {
    this.timer = setInterval(() => void this.refresh(), seconds * 1000);
    this.timer.unref();
  }

  stopInterval(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
