/**
 * `npm start`: the four subgraphs and the gateway, each its own process, on the configured ports.
 * Prints the gateway URL once everything answers; Ctrl-C or SIGTERM stops them all, and so does
 * any one of them dying.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { Supervisor, type StartedService } from "./launcher/supervisor.js";

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const READY_TIMEOUT_MS = 60_000;

async function main(): Promise<void> {
  let exiting = false;
  const supervisor = new Supervisor((name, code, signal, lastLine) => {
    if (exiting) return;
    exiting = true;
    console.error(`hub: ${name} stopped unexpectedly (${signal ?? `exit code ${code}`})${lastLine ? `: ${lastLine}` : ""}; stopping the hub`);
    void supervisor.stopAll().then(() => process.exit(1));
  });

  const shutdown = (signal: NodeJS.Signals) => {
    if (exiting) return;
    exiting = true;
    console.log(`hub: ${signal} received, stopping all services`);
    void supervisor.stopAll("SIGTERM").then(() => process.exit(0));
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  // The hub treats an unset NODE_ENV as production; the services are told so explicitly, because
  // graphql-js reads it too and runs slower development-mode checks without it.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: process.env.NODE_ENV?.trim() || "production" };
  const started: StartedService[] = [];
  try {
    for (const subgraph of SUBGRAPHS) {
      started.push(await supervisor.start({ name: subgraph.name, entry: path.join(DIST, "subgraphs", subgraph.name, "index.js") }, env, READY_TIMEOUT_MS));
    }
    // The gateway is told where each subgraph really listens: a port configured as 0 is only known now.
    const gatewayEnv: NodeJS.ProcessEnv = { ...env };
    for (const subgraph of SUBGRAPHS) gatewayEnv[`${subgraph.envPrefix}_URL`] = started.find((s) => s.name === subgraph.name)!.url;
    const gateway = await supervisor.start({ name: "gateway", entry: path.join(DIST, "gateway", "index.js") }, gatewayEnv, READY_TIMEOUT_MS);
    // The overlaps subgraph reads the hub through the gateway: tell every subgraph where it listens.
    for (const service of started) service.child.send({ type: "gateway", url: gateway.url });
    for (const service of started) console.log(`hub: subgraph ${service.name.padEnd(26)} ${service.url}`);
    console.log(`hub: democracy-hub is ready; query the graph at ${gateway.url}`);
  } catch (error) {
    if (exiting) return;
    exiting = true;
    console.error(`hub: could not start: ${(error as Error).message}`);
    await supervisor.stopAll();
    process.exit(1);
  }
}

void main();
