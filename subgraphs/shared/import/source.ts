/**
 * Opening an import source: a local file, or a URL downloaded as a stream with undici. Nothing
 * here runs unless a user named the source: the hub fetches no data on its own.
 */
import fs from "node:fs";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { Agent, interceptors, request } from "undici";

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

export type OpenedSource = { stream: Readable; description: string; size: number | null };

export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

const downloads = new Agent({ connect: { timeout: 30_000 }, headersTimeout: 60_000, bodyTimeout: 120_000 }).compose(
  interceptors.redirect({ maxRedirections: 5 }),
);

/**
 * Opens `location` for reading; a missing file or an HTTP status other than 200 is an ImportError.
 * A local `name.csv` that exists only as `name.csv.gz` (the hub's bundled snapshot) is read
 * through gunzip, so every importer takes either form.
 */
export async function openSource(location: string): Promise<OpenedSource> {
  if (isUrl(location)) {
    let response;
    try {
      response = await request(location, { dispatcher: downloads, method: "GET" });
    } catch (error) {
      throw new ImportError(`cannot download ${location}: ${(error as Error).message}`);
    }
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new ImportError(`expected HTTP 200 from ${location}, received ${response.statusCode}`);
    }
    const length = Number(response.headers["content-length"]);
    return { stream: response.body, description: location, size: Number.isFinite(length) ? length : null };
  }
  const file = !fs.existsSync(location) && fs.existsSync(`${location}.gz`) ? `${location}.gz` : location;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ImportError(`expected a file at ${location}, found none`);
  }
  if (!stat.isFile()) throw new ImportError(`expected a file at ${location}, found a directory`);
  const raw = fs.createReadStream(file);
  if (!file.endsWith(".gz")) return { stream: raw, description: file, size: stat.size };
  const gunzip = zlib.createGunzip();
  raw.on("error", (error) => gunzip.destroy(error));
  return { stream: raw.pipe(gunzip), description: file, size: stat.size };
}
