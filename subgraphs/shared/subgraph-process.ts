/** A subgraph as a process of its own: what every subgraph's `index.ts` runs. */
import { listen } from "../platform/listen.js";
import { runService } from "../platform/run-service.js";
import { readSubgraphConfig } from "../platform/service-config.js";
import { subgraphInfo } from "../registry.js";
import type { Subgraph } from "./define-subgraph.js";

/** The body of a subgraph's `index.ts`: read settings, open the store, build, listen, stop on a signal. */
export function startSubgraphProcess<Store extends { close(): void }>(subgraph: Subgraph<Store>): void {
  void runService(subgraph.name, async () => {
    const info = subgraphInfo(subgraph.name);
    const config = readSubgraphConfig(process.env, info);
    subgraph.readSettings?.();
    const store = subgraph.openStore(config.storeFile);
    const service = await subgraph.createService(store, config);
    const base = await listen(service.httpServer, { host: config.host, port: config.port, service: info.name, portVariable: config.portVariable }).catch(
      async (error) => {
        await service.stop();
        throw error;
      },
    );
    void subgraph.onListening?.(store);
    return { url: `${base}/graphql`, stop: service.stop };
  });
}
