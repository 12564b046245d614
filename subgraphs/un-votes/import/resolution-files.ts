/**
 * Where the UN's resolution files are and how they are read. A folder holds them as the
 * repository publishes them (`74.json`, `ES-11.json`, …) or gzip-compressed as the hub bundles
 * them (`74.json.gz`); a URL is a base under which the files the upstream publishes are read.
 */
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { ImportError, isUrl } from "../../shared/import/source.js";
import { UPSTREAMS } from "../../shared/refresh/upstreams.js";

/** The files of UNxml/GAresolutions `data_extract/` in the format this importer reads, in the order they are imported. */
export const UN_RESOLUTION_FILES = UPSTREAMS["un-resolutions"].files!;

const FILE_NAME = /^(\d+|ES-\d+|S-\d+)\.json(\.gz)?$/;

/** Regular sessions in order, then emergency special sessions, then special sessions. */
function fileOrder(name: string): [number, number] {
  const label = name.replace(/\.json(\.gz)?$/, "");
  if (/^\d+$/.test(label)) return [0, Number(label)];
  return [label.startsWith("ES-") ? 1 : 2, Number(label.replace(/^E?S-/, ""))];
}

export type ResolutionFile = { name: string; location: string };

export function resolutionFiles(location: string): ResolutionFile[] {
  if (isUrl(location)) {
    const base = location.replace(/\/?$/, "/");
    return UN_RESOLUTION_FILES.map((name) => ({ name, location: `${base}${name}` }));
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(location);
  } catch {
    throw new ImportError(`expected a folder with the UN's resolution files (74.json … 80.json, ES-11.json, …) or a URL, found nothing at ${location}`);
  }
  if (stat.isFile()) return [{ name: path.basename(location), location }];
  const names = fs
    .readdirSync(location)
    .filter((name) => FILE_NAME.test(name))
    .sort((a, b) => {
      const [ka, na] = fileOrder(a);
      const [kb, nb] = fileOrder(b);
      return ka - kb || na - nb;
    });
  if (names.length === 0) throw new ImportError(`expected the UN's resolution files (74.json … 80.json, ES-11.json, …) in ${location}, found none`);
  // openSource reads name.json.gz for name.json: the name shown is the data's, not the compression's.
  return names.map((name) => ({ name: name.replace(/\.gz$/, ""), location: path.join(location, name) }));
}

/** Every non-empty line of a file of JSON objects, parsed; a line that is not one fails the file, naming the line. */
export async function readResolutionLines(stream: Readable, file: string): Promise<{ line: number; value: object }[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const lines: { line: number; value: object }[] = [];
  Buffer.concat(chunks)
    .toString("utf8")
    .split("\n")
    .forEach((text, i) => {
      if (text.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new ImportError(`${file}: line ${i + 1} is not a JSON object: ${(error as Error).message}`);
      }
      if (typeof value !== "object" || value === null || Array.isArray(value))
        throw new ImportError(`${file}: line ${i + 1}: expected a JSON object, received ${typeof value}`);
      lines.push({ line: i + 1, value });
    });
  return lines;
}
