/**
 * The life of a service process: start, say where it listens, stop cleanly on SIGINT/SIGTERM.
 * Failures a person can fix (a bad setting, a taken port) end the process with one line.
 */
import { ConfigError } from "./config.js";
import { ListenError } from "./listen.js";

export type RunningService = { url: string; stop: () => Promise<void> };

/** Sent over IPC to the launcher (`npm start`) once the service accepts requests. */
export type ReadyMessage = { type: "ready"; service: string; url: string };

export async function runService(service: string, start: () => Promise<RunningService>): Promise<void> {
  let running: RunningService;
  try {
    running = await start();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ListenError) {
      console.error(error instanceof ConfigError ? `${service}: ${error.message}` : error.message);
      process.exit(error instanceof ConfigError ? 2 : 1);
    }
    console.error(`${service}: failed to start`, error);
    process.exit(1);
  }
  console.log(`${service} listening at ${running.url}`);
  const ready: ReadyMessage = { type: "ready", service, url: running.url };
  process.send?.(ready);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${service}: ${signal} received, stopping`);
    running
      .stop()
      .then(() => process.exit(0))
      .catch((error) => {
        console.error(`${service}: error while stopping`, error);
        process.exit(1);
      });
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  // Launched by `npm start`: when the launcher goes away, so do we.
  process.on("disconnect", () => stop("launcher disconnect"));
}
