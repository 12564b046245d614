/**
 * Grafbase Gateway as a peer in `npm run bench:gateway`: a Rust federation gateway, run here from
 * the one form the npm registry ships it in, the Grafbase CLI's package with its binary inside
 * (`grafbase dev`, which serves a graph composed from each subgraph's SDL, without an account;
 * it runs on a machine that reaches no host but the npm registry). The package (about 100 MB, Linux x64 only) is not a dependency of
 * the hub: the benchmark installs the pinned version into node_modules/.cache on first use, or
 * runs the binary HUB_BENCH_GRAFBASE names.
 *
 * Configured as the other peers are: the client's Authorization header forwarded to every
 * subgraph, its entity cache off (its default, stated), and its own query-plan cache left on as
 * every peer's is.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort, spawnPeer, waitFor, type RunningGateway } from "./peers.js";

const PACKAGE = "@grafbase/cli-x86_64-unknown-linux-musl";
export const GRAFBASE_VERSION = "0.103.0";

/** The binary to run: HUB_BENCH_GRAFBASE, else the pinned package installed into the cache once. */
export function grafbaseBinary(root: string): string {
  const given = process.env.HUB_BENCH_GRAFBASE;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`HUB_BENCH_GRAFBASE: expected the path of a grafbase binary, received ${given} (no such file)`);
    return given;
  }
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `the Grafbase CLI's npm package holds a Linux x64 binary only; this machine is ${process.platform} ${process.arch} (set HUB_BENCH_GRAFBASE to a grafbase binary)`,
    );
  }
  const cache = path.join(root, "node_modules", ".cache", "hub-bench", `grafbase-${GRAFBASE_VERSION}`);
  const binary = path.join(cache, "node_modules", ...PACKAGE.split("/"), "grafbase");
  if (!fs.existsSync(binary)) {
    console.log(`installing ${PACKAGE}@${GRAFBASE_VERSION} (about 100 MB) from the npm registry into ${path.relative(root, cache)}…`);
    fs.mkdirSync(cache, { recursive: true });
    execFileSync("npm", ["install", "--prefix", cache, "--no-save", "--no-audit", "--no-fund", `${PACKAGE}@${GRAFBASE_VERSION}`], { stdio: "inherit" });
  }
  return binary;
}

/** Each subgraph's SDL as it serves it (`_service { sdl }`), the form `grafbase dev` composes from. */
async function subgraphSdl(url: string): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ _service { sdl } }" }),
  });
  const result = (await response.json()) as { data?: { _service?: { sdl?: string } }; errors?: unknown };
  const sdl = result.data?._service?.sdl;
  if (!sdl) throw new Error(`the subgraph at ${url} gave no SDL: ${JSON.stringify(result.errors ?? result)}`);
  return sdl;
}

export async function startGrafbase(root: string, subgraphUrls: Record<string, string>, workDir: string): Promise<RunningGateway> {
  const binary = grafbaseBinary(root);
  const dir = fs.mkdtempSync(path.join(workDir, "grafbase-"));
  const lines = [`[[headers]]`, `rule = "forward"`, `name = "authorization"`, ``, `[entity_caching]`, `enabled = false`, ``];
  for (const [name, url] of Object.entries(subgraphUrls)) {
    const schemaPath = path.join(dir, `${name}.graphql`);
    fs.writeFileSync(schemaPath, await subgraphSdl(url));
    lines.push(`[subgraphs.${name}]`, `url = "${url}"`, `schema_path = "${schemaPath}"`, ``);
  }
  const config = path.join(dir, "grafbase.toml");
  fs.writeFileSync(config, lines.join("\n"));
  const port = await freePort();
  const { child, output } = spawnPeer(binary, ["dev", "-c", config, "--listen-address", `127.0.0.1:${port}`], { cwd: dir, env: { DO_NOT_TRACK: "1" } });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitFor("grafbase dev", child, output, async () => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
    await response.text();
    return response.status === 200 ? true : null;
  });
  return { name: `grafbase ${GRAFBASE_VERSION}`, url, pid: child.pid!, child, output };
}
