/** What an import did, file by file: every row accounted for, every rejection with its line and reason. */
export type Outcome = "inserted" | "updated" | "unchanged";

export type Rejection = { line: number; reason: string };

export class FileReport {
  read = 0;
  inserted = 0;
  updated = 0;
  unchanged = 0;
  /** Valid rows that carry nothing to store (e.g. a "non-voting" mark), counted so none go missing. */
  skipped = 0;
  readonly rejected: Rejection[] = [];
  /** Findings about the file as a whole (e.g. columns that could not be mapped). */
  readonly notes: string[] = [];

  constructor(readonly file: string) {}

  count(outcome: Outcome): void {
    this[outcome]++;
  }

  reject(line: number, reason: string): void {
    this.rejected.push({ line, reason });
  }

  /** read = inserted + updated + unchanged + skipped + rejected, or a row went missing. */
  balanced(): boolean {
    return this.read === this.inserted + this.updated + this.unchanged + this.skipped + this.rejected.length;
  }
}

export function formatReports(reports: readonly FileReport[], maxRejections = 20): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(
      `${r.file}: ${r.read.toLocaleString("en")} read, ${r.inserted.toLocaleString("en")} inserted, ${r.updated.toLocaleString("en")} updated, ` +
        `${r.unchanged.toLocaleString("en")} unchanged${r.skipped ? `, ${r.skipped.toLocaleString("en")} skipped` : ""}, ${r.rejected.length.toLocaleString("en")} rejected`,
    );
    for (const note of r.notes) lines.push(`  note: ${note}`);
    for (const rejection of r.rejected.slice(0, maxRejections)) lines.push(`  line ${rejection.line}: ${rejection.reason}`);
    if (r.rejected.length > maxRejections) lines.push(`  … and ${r.rejected.length - maxRejections} more rejected rows`);
  }
  return lines.join("\n");
}
