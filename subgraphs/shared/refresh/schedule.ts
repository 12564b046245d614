/**
 * HUB_REFRESH_INTERVAL (off unless set): each subgraph refreshes its data sets from their upstreams
 * on that interval, while serving, one refresh at a time, waiting the interval after each ends.
 */
import { ConfigError, optionalString, type Env } from "../../platform/config.js";
import { refreshAll, type RefreshOutcome, type Refresher } from "./refresh.js";

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Shorter intervals would hammer the publishers for files that change a few times a year. */
const MIN_INTERVAL_MS = 60_000;

/** "6h", "30m", "1d", "90s"; null when unset or "off". */
export function readRefreshInterval(env: Env): number | null {
  const value = optionalString(env, "HUB_REFRESH_INTERVAL", "off");
  if (value === "off") return null;
  const match = /^(\d+)\s*([smhd])$/.exec(value);
  const ms = match ? Number(match[1]) * UNITS[match[2]] : NaN;
  if (!Number.isFinite(ms) || ms < MIN_INTERVAL_MS) {
    throw new ConfigError("HUB_REFRESH_INTERVAL", "invalid", `expected a duration of at least a minute such as 6h, 30m or 1d (or off), received "${value}"`);
  }
  return ms;
}

export function describeOutcome(outcome: RefreshOutcome): string {
  return `${outcome.upstream}: ${outcome.status} (${outcome.detail})`;
}

/** Starts the schedule; returns a stop function. The first refresh runs one interval after start. */
export function scheduleRefresh(intervalMs: number, refreshers: readonly Refresher[], env: Env, log: Pick<Console, "log" | "error"> = console): () => void {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      refreshAll(refreshers, env)
        .then((outcomes) => {
          for (const outcome of outcomes) (outcome.status === "failed" ? log.error : log.log)(`refresh: ${describeOutcome(outcome)}`);
        })
        .catch((error: Error) => log.error(`refresh failed: ${error.message}`))
        .finally(next);
    }, intervalMs);
    timer.unref();
  };
  next();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}

/** A subgraph's start-up: its upstreams on HUB_REFRESH_INTERVAL when set; nothing otherwise. */
export function refreshOnSchedule(
  subgraph: string,
  refreshers: readonly Refresher[],
  env: Env = process.env,
  log: Pick<Console, "log" | "error"> = console,
): (() => void) | null {
  const interval = readRefreshInterval(env);
  if (interval === null) return null;
  log.log(
    `${subgraph}: refreshing ${refreshers.map((refresher) => refresher.spec.name).join(", ")} from upstream every ${optionalString(env, "HUB_REFRESH_INTERVAL", "off")}`,
  );
  return scheduleRefresh(interval, refreshers, env, { log: (line) => log.log(`${subgraph}: ${line}`), error: (line) => log.error(`${subgraph}: ${line}`) });
}
