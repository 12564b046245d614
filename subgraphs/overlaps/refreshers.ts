/** The overlaps subgraph's upstream: the Correlates of War IGO registry. */
import type { Refresher } from "../shared/refresh/refresh.js";
import { UPSTREAMS } from "../shared/refresh/upstreams.js";
import { importCowIgo } from "./import/cow-import.js";
import type { OverlapsStore } from "./store.js";

export function overlapsRefreshers(store: OverlapsStore): Refresher[] {
  return [
    {
      spec: UPSTREAMS["cow-igo"],
      db: store.db,
      importStaged: async (location, source) => [await store.whileImporting("cow-igo", () => importCowIgo(store, location, { source, progress: null }))],
    },
  ];
}
