/** A subgraph as a process of its own: what every subgraph's `index.ts` runs. */
import { onGatewayAddress } from "../platform/hub-gateway.js";
import { listen } from "../platform/listen.js";
import { runService } from "../platform/run-service.js";
import { readSubgraphConfig } from "../platform/service-config.js";
import { subgraphInfo } from "../registry.js";
import type { Subgraph, SubgraphServices } from "./define-subgraph.js";

/** The body of a subgraph's `index.ts`: read settings, open the store, build its services, listen, stop on a signal. */
export function startSubgraphProcess<Store extends { close(): void }, Services extends SubgraphServices<Store>>(subgraph: Subgraph<Store, Services>): void {
  void runService(subgraph.name, async () => {
    const info = subgraphInfo(subgraph.name);
    const config = readSubgraphConfig(process.env, info);
    const store = subgraph.openStore(config.storeFile);
    let services: Services;
    try {
      services = subgraph.createServices(store, process.env);
    } catch (error) {
      store.close();
      throw error;
    }
    onGatewayAddress((url) => services.hubGateway?.useAddress(url));
    const service = await subgraph.createService(services, config);
    const base = await listen(service.httpServer, { host: config.host, port: config.port, service: info.name, portVariable: config.portVariable }).catch(
      async (error) => {
        await service.stop();
        throw error;
      },
    );
    void subgraph.onListening?.(services);
    return { url: `${base}/graphql`, stop: service.stop };
  });
}
