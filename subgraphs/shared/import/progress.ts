/**
 * Progress of a long import: a self-rewriting line with rows and rows/s on a terminal, plain
 * lines every few seconds otherwise (CI logs, pipes), so nothing floods a log file.
 */
export type ProgressSink = { isTTY?: boolean; write: (text: string) => unknown };

export class Progress {
  private rows = 0;
  private readonly started = performance.now();
  private lastPrinted = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly label: string,
    private readonly out: ProgressSink | null = process.stderr,
  ) {}

  /** Adds `count` processed rows; prints at most every 100 ms on a TTY, every 5 s elsewhere. */
  advance(count: number): void {
    this.rows += count;
    if (!this.out) return;
    const now = performance.now();
    const interval = this.out.isTTY ? 100 : 5000;
    if (now - this.lastPrinted < interval) return;
    this.lastPrinted = now;
    this.print(false);
  }

  done(): void {
    if (this.out) this.print(true);
  }

  private print(final: boolean): void {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.rows / seconds) : 0;
    const line = `${this.label}: ${this.rows.toLocaleString("en")} rows, ${rate.toLocaleString("en")} rows/s, ${seconds.toFixed(1)} s`;
    if (this.out!.isTTY) this.out!.write(`\r\x1b[2K${line}${final ? "\n" : ""}`);
    else this.out!.write(`${line}${final ? " (done)" : ""}\n`);
  }
}
