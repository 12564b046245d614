/**
 * Starts the hub's services as child processes, one at a time, and keeps them as a unit: a
 * service that dies is reported to the launcher (which restarts it, see launch.ts), and when the
 * launcher is told to stop, all of them stop.
 */
import { fork, type ChildProcess } from "node:child_process";
import readline from "node:readline";
import type { ReadyMessage } from "../../subgraphs/platform/run-service.js";

export type ServiceSpec = { name: string; entry: string; /** The setting that holds its port: a restart reuses the port it had. */ portVariable: string };
export type StartedService = { name: string; url: string; child: ChildProcess };

const STOP_GRACE_MS = 5000;

/** Prefixes every line a child prints with its name, so four services' logs stay readable. */
function relay(child: ChildProcess, name: string): void {
  const pipe = (stream: NodeJS.ReadableStream | null, out: NodeJS.WritableStream) => {
    if (!stream) return;
    readline.createInterface({ input: stream }).on("line", (line) => out.write(`[${name}] ${line}\n`));
  };
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
}

export class Supervisor {
  private readonly running: StartedService[] = [];
  private readonly launched = new Map<string, { spec: ServiceSpec; env: NodeJS.ProcessEnv; timeoutMs: number }>();
  private stopping = false;
  private lastLines = new Map<string, string>();

  constructor(private readonly onUnexpectedExit: (name: string, code: number | null, signal: NodeJS.Signals | null, lastLine?: string) => void) {}

  /** Forks the service and resolves once it reports that it listens; rejects if it exits first. */
  start(spec: ServiceSpec, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<StartedService> {
    this.launched.set(spec.name, { spec, env, timeoutMs });
    return new Promise((resolve, reject) => {
      const child = fork(spec.entry, [], { env, stdio: ["ignore", "pipe", "pipe", "ipc"] });
      relay(child, spec.name);
      child.stderr?.on("data", (chunk: Buffer) => {
        const lines = chunk.toString().trim().split("\n");
        this.lastLines.set(spec.name, lines[lines.length - 1]);
      });
      const timer = setTimeout(() => {
        child.kill("SIGTERM");
        reject(new Error(`${spec.name} did not become ready within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      const onEarlyExit = (code: number | null) => {
        clearTimeout(timer);
        const reason = this.lastLines.get(spec.name);
        reject(new Error(reason ?? `${spec.name} exited with code ${code} before it was ready`));
      };
      child.once("exit", onEarlyExit);
      child.on("message", (message: ReadyMessage) => {
        if (message?.type !== "ready") return;
        clearTimeout(timer);
        child.off("exit", onEarlyExit);
        const started = { name: spec.name, url: message.url, child };
        const previous = this.running.findIndex((service) => service.name === spec.name);
        if (previous >= 0) this.running[previous] = started;
        else this.running.push(started);
        child.once("exit", (code, signal) => {
          if (!this.stopping) this.onUnexpectedExit(spec.name, code, signal, this.lastLines.get(spec.name));
        });
        resolve(started);
      });
    });
  }

  /** Starts a service that died again, on the port it had, so that every address the others hold stays right. */
  restart(name: string): Promise<StartedService> {
    const launched = this.launched.get(name);
    const last = this.running.find((service) => service.name === name);
    if (!launched || !last) return Promise.reject(new Error(`${name} was never started`));
    if (this.stopping) return Promise.reject(new Error("the hub is stopping"));
    const port = new URL(last.url).port;
    return this.start(launched.spec, { ...launched.env, [launched.spec.portVariable]: port }, launched.timeoutMs);
  }

  /** The services as they run now (a restarted one with its new process). */
  services(): readonly StartedService[] {
    return this.running;
  }

  /** Stops the services in reverse start order: the gateway first, then the subgraphs. */
  async stopAll(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    this.stopping = true;
    for (const service of [...this.running].reverse()) {
      await stopChild(service.child, signal);
    }
  }
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}
