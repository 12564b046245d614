/**
 * How many writes the gateway has forwarded: its mark rides on every subgraph call
 * (WRITES_HEADER, `<gateway start id>.<count>`), so a subgraph that keeps a copy of what other
 * subgraphs hold (overlaps reads the hub's bodies through the gateway) can tell whether anything
 * may have changed since its copy was read, without asking. The count moves when a mutation's
 * answer comes back, before the client sees it: a client that saw its write answered sends its
 * next request with a later mark. Writes that bypass the gateway (an import run from the command
 * line) are not counted; readers keep a periodic refresh for those.
 */
import type { IncomingMessage } from "node:http";

export const WRITES_HEADER = "x-hub-writes";

/** A gateway's write count at one moment; marks from different gateway starts do not compare. */
export type WriteMark = { gateway: string; count: number };

export function formatWriteMark(mark: WriteMark): string {
  return `${mark.gateway}.${mark.count}`;
}

/** The mark a request carries; null without one or with one not in the gateway's form (then the reader assumes anything may have changed). */
export function writeMarkOf(req: IncomingMessage | undefined): WriteMark | null {
  const raw = req?.headers[WRITES_HEADER];
  const match = typeof raw === "string" ? /^([0-9a-f]{1,32})\.(\d{1,15})$/.exec(raw) : null;
  return match ? { gateway: match[1], count: Number(match[2]) } : null;
}

/** Whether what was read at `read` already holds every write counted by `asked`. */
export function writesCovered(read: WriteMark | null, asked: WriteMark): boolean {
  return read !== null && read.gateway === asked.gateway && read.count >= asked.count;
}

/** The later of two marks; a mark from another gateway start replaces the old one. */
export function laterMark(a: WriteMark | null, b: WriteMark): WriteMark {
  return a && a.gateway === b.gateway && a.count >= b.count ? a : b;
}
