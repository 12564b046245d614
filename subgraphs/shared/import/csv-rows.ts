/**
 * Streaming CSV records with their line numbers, through csv-parse. Values stay strings: no
 * reader-side guessing, so Namibia's code "NA" is never mistaken for a missing value.
 */
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { ImportError } from "./source.js";

export type CsvRecord = { line: number; values: Record<string, string> };

export async function* csvRecords(stream: Readable, file: string, requiredColumns: readonly string[]): AsyncGenerator<CsvRecord> {
  const parser = stream.pipe(
    parse({
      columns: (header: string[]) => checkHeader(header, file, requiredColumns),
      info: true,
      bom: true,
      relax_column_count: false,
      skip_empty_lines: true,
    }),
  );
  try {
    for await (const entry of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { line: entry.info.lines, values: entry.record };
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`${file}: not readable as CSV: ${(error as Error).message}`);
  }
}

function checkHeader(header: string[], file: string, required: readonly string[]): string[] {
  const names = header.map((name) => name.trim());
  const missing = required.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new ImportError(`${file}: expected columns ${required.join(", ")}; received ${names.join(", ")} (missing ${missing.join(", ")})`);
  }
  return names;
}
