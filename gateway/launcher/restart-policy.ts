/**
 * When a crashed service is started again: after a back-off that doubles with each crash (1 s,
 * 2 s, 4 s … at most 30 s), and not at all once it has crashed more than `maxCrashes` times within
 * `windowMs`, when something is wrong that a restart will not cure and the hub stops instead.
 */
export type RestartDecision = { giveUp: boolean; delayMs: number; crashes: number };

export class RestartPolicy {
  private readonly crashes = new Map<string, number[]>();

  constructor(
    readonly maxCrashes = 5,
    readonly windowMs = 5 * 60_000,
    private readonly firstDelayMs = 1000,
    private readonly maxDelayMs = 30_000,
  ) {}

  onCrash(service: string, now = Date.now()): RestartDecision {
    const recent = (this.crashes.get(service) ?? []).filter((at) => now - at < this.windowMs);
    recent.push(now);
    this.crashes.set(service, recent);
    const delayMs = Math.min(this.maxDelayMs, this.firstDelayMs * 2 ** (recent.length - 1));
    return { giveUp: recent.length > this.maxCrashes, delayMs, crashes: recent.length };
  }
}
