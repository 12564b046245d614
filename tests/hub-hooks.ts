/**
 * The hub and single subgraphs as test fixtures: started before a file's tests and always
 * stopped after them, so a failing test never leaves a server behind.
 */
import { afterAll, beforeAll } from "vitest";
import type { SubgraphName } from "../subgraphs/registry.js";
import { startHub, startSubgraph, type HubOptions, type RunningHub, type Stores } from "./harness.js";

/** One subgraph for one test file: started before its tests, always stopped after them. */
export function useSubgraph<Name extends SubgraphName>(name: Name): () => { url: string; store: Stores[Name] } {
  let running: Awaited<ReturnType<typeof startSubgraph<Name>>> | undefined;
  beforeAll(async () => {
    running = await startSubgraph(name);
  });
  afterAll(async () => {
    await running?.service.stop();
  });
  return () => {
    if (!running) throw new Error(`the ${name} subgraph is not running: useSubgraph() must be called at the top of a describe block`);
    return running;
  };
}

/**
 * The hub for one test file: started before its tests, always stopped after them. A file that
 * needs only some subgraphs names them (`{ subgraphs: ["alliance"] }`); only those are loaded.
 */
export function useHub(extraEnv: Record<string, string> = {}, options: HubOptions = {}): () => RunningHub {
  let hub: RunningHub | undefined;
  beforeAll(async () => {
    hub = await startHub(extraEnv, options);
  });
  afterAll(async () => {
    await hub?.stop();
  });
  return () => {
    if (!hub) throw new Error("the hub is not running: useHub() must be called at the top of a describe block");
    return hub;
  };
}
