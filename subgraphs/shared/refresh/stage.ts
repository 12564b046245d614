/**
 * A refresh first copies the upstream files to a staging folder, hashing them as they arrive, and
 * reads every row of each before anything touches the store: an upstream that is down, answers
 * something other than 200, sends fewer bytes than it announced, or sends a file that does not
 * parse as CSV with a constant number of columns fails the refresh with the reason, and the store
 * keeps its last good data.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import { ImportError, openSource } from "../import/source.js";
import type { StagedFile } from "./upstream-state.js";

export function stagingFolder(): string {
  return mkdtempSync(path.join(tmpdir(), "hub-refresh-"));
}

/** Downloads `url` to `folder/file`, with its sha256; refuses a body shorter or longer than announced. */
export async function stageFile(url: string, file: string, folder: string): Promise<StagedFile> {
  const opened = await openSource(url);
  const hash = createHash("sha256");
  let bytes = 0;
  const target = path.join(folder, file);
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(opened.stream, count, createWriteStream(target));
  } catch (error) {
    throw new ImportError(`download of ${url} broke off after ${bytes} bytes: ${(error as Error).message}`);
  }
  if (opened.size !== null && bytes !== opened.size) throw new ImportError(`download of ${url} is truncated: expected ${opened.size} bytes, received ${bytes}`);
  if (bytes === 0) throw new ImportError(`download of ${url} is empty`);
  return { file, url, path: target, sha256: hash.digest("hex"), bytes };
}

/** Reads every row: a CSV that does not parse, or whose rows do not all have the header's columns, is refused whole. */
export async function checkCsv(staged: StagedFile): Promise<number> {
  let rows = 0;
  const parser = parse({ columns: true, relax_column_count: false, skip_empty_lines: true, bom: true });
  parser.on("data", () => rows++);
  try {
    await pipeline(createReadStream(staged.path), parser);
  } catch (error) {
    throw new ImportError(`${staged.url} is malformed: ${(error as Error).message}`);
  }
  if (rows === 0) throw new ImportError(`${staged.url} holds a header and no rows`);
  return rows;
}

/** Reads every line of a file of JSON objects, one a line: a line that is not one refuses the file whole. */
export async function checkJsonLines(staged: StagedFile): Promise<number> {
  const text = await readFile(staged.path, "utf8");
  let rows = 0;
  for (const [i, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ImportError(`${staged.url} is malformed: line ${i + 1} is not JSON (${(error as Error).message})`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new ImportError(`${staged.url} is malformed: line ${i + 1} is not a JSON object`);
    rows++;
  }
  if (rows === 0) throw new ImportError(`${staged.url} holds no records`);
  return rows;
}
