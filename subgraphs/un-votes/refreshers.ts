/** The un-votes subgraph's upstreams: the unvotes triple, the UN Digital Library export, and the UN's resolution files. */
import type { Refresher } from "../shared/refresh/refresh.js";
import { UPSTREAMS } from "../shared/refresh/upstreams.js";
import { importUnResolutionsInto, importUnVotes } from "./import/import-un-votes.js";
import type { UnVotesStore } from "./store.js";

export function unVotesRefreshers(store: UnVotesStore): Refresher[] {
  const importStaged = (location: string, source: string) => importUnVotes(store, location, { source, progress: null });
  return [
    { spec: UPSTREAMS.unvotes, db: store.db, importStaged },
    { spec: UPSTREAMS.undl, db: store.db, importStaged },
    {
      spec: UPSTREAMS["un-resolutions"],
      db: store.db,
      importStaged: (location: string, source: string) => importUnResolutionsInto(store, location, { source, progress: null }),
    },
  ];
}
