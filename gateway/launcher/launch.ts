/**
 * `npm start`: the five subgraphs and the gateway, each its own process, on the configured ports.
 * Prints the gateway URL once everything answers; Ctrl-C or SIGTERM stops them all. A service
 * that dies is restarted on the port it had, after a back-off (restart-policy.ts), while the
 * gateway serves everything else; only a service that keeps dying stops the hub.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GatewayAddressMessage } from "../../subgraphs/platform/hub-gateway.js";
import { SUBGRAPHS } from "../../subgraphs/registry.js";
import { RestartPolicy } from "./restart-policy.js";
import { Supervisor, type StartedService } from "./supervisor.js";

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const READY_TIMEOUT_MS = 60_000;

/** The five subgraphs in turn, then the gateway, told where each subgraph really listens (a port configured as 0 is only known now). */
async function startServices(supervisor: Supervisor, env: NodeJS.ProcessEnv): Promise<{ subgraphs: StartedService[]; gateway: StartedService }> {
  const subgraphs: StartedService[] = [];
  for (const subgraph of SUBGRAPHS) {
    const spec = { name: subgraph.name, entry: path.join(DIST, "subgraphs", subgraph.name, "index.js"), portVariable: `${subgraph.envPrefix}_PORT` };
    subgraphs.push(await supervisor.start(spec, env, READY_TIMEOUT_MS));
  }
  const gatewayEnv: NodeJS.ProcessEnv = { ...env };
  for (const subgraph of SUBGRAPHS) gatewayEnv[`${subgraph.envPrefix}_URL`] = subgraphs.find((s) => s.name === subgraph.name)!.url;
  const gateway = await supervisor.start(
    { name: "gateway", entry: path.join(DIST, "gateway", "index.js"), portVariable: "HUB_GATEWAY_PORT" },
    gatewayEnv,
    READY_TIMEOUT_MS,
  );
  return { subgraphs, gateway };
}

async function main(): Promise<void> {
  let exiting = false;
  let gatewayUrl: string | null = null;
  const policy = new RestartPolicy();

  const stopHub = (message: string) => {
    if (exiting) return;
    exiting = true;
    console.error(message);
    void supervisor.stopAll().then(() => process.exit(1));
  };

  /** A restarted subgraph learns the gateway's address again; a restarted gateway is announced to every subgraph. */
  const announceGateway = (to: readonly StartedService[]) => {
    if (gatewayUrl)
      for (const service of to) {
        const message: GatewayAddressMessage = { type: "gateway", url: gatewayUrl };
        if (service.name !== "gateway" && service.child.connected) service.child.send(message);
      }
  };

  const supervisor: Supervisor = new Supervisor((name, code, signal, lastLine) => {
    if (exiting) return;
    const how = `${signal ?? `exit code ${code}`}${lastLine ? `: ${lastLine}` : ""}`;
    const decision = policy.onCrash(name);
    if (decision.giveUp) {
      stopHub(`hub: ${name} stopped unexpectedly (${how}) for the ${decision.crashes}th time within ${policy.windowMs / 1000} s; stopping the hub`);
      return;
    }
    console.error(
      `hub: ${name} stopped unexpectedly (${how}); restarting it in ${decision.delayMs / 1000} s (crash ${decision.crashes} of ${policy.maxCrashes} allowed within ${policy.windowMs / 1000} s); the gateway serves the other subgraphs meanwhile`,
    );
    setTimeout(() => {
      if (exiting) return;
      supervisor.restart(name).then(
        (service) => {
          console.log(`hub: ${name} restarted, listening at ${service.url}`);
          announceGateway(name === "gateway" ? supervisor.services() : [service]);
        },
        (error: Error) => stopHub(`hub: ${name} could not be restarted: ${error.message}; stopping the hub`),
      );
    }, decision.delayMs).unref();
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
  try {
    const { subgraphs, gateway } = await startServices(supervisor, env);
    gatewayUrl = gateway.url;
    // The overlaps subgraph (the hub's bodies and activities) and un-votes (a watched body's members) read the hub through the gateway: tell every subgraph where it listens.
    announceGateway(subgraphs);
    for (const service of subgraphs) console.log(`hub: subgraph ${service.name.padEnd(26)} ${service.url}`);
    console.log(`hub: democracy-hub is ready; query the graph at ${gateway.url} or open the console at ${new URL("/", gateway.url)}`);
  } catch (error) {
    if (exiting) return;
    exiting = true;
    console.error(`hub: could not start: ${(error as Error).message}`);
    await supervisor.stopAll();
    process.exit(1);
  }
}

void main();
