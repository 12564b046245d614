/** The alliance subgraph's upstreams: Freedom House and V-Dem ratings. */
import type { Refresher } from "../shared/refresh/refresh.js";
import { UPSTREAMS } from "../shared/refresh/upstreams.js";
import { importFreedomHouse, importVdem } from "./import/ratings-import.js";
import type { AllianceStore } from "./store.js";

export function allianceRefreshers(store: AllianceStore): Refresher[] {
  return [
    {
      spec: UPSTREAMS.freedomhouse,
      db: store.db,
      importStaged: async (location, source) => [
        await store.whileImporting("freedomhouse", () => importFreedomHouse(store.db, location, { source, progress: null })),
      ],
    },
    {
      spec: UPSTREAMS.vdem,
      db: store.db,
      importStaged: async (location, source) => [await store.whileImporting("vdem", () => importVdem(store.db, location, { source, progress: null }))],
    },
  ];
}
