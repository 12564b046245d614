/** Per-request context of the overlaps subgraph, over the services it was started with. */
import { Deadline } from "../platform/deadline.js";
import { writeMarkOf, type WriteMark } from "../platform/hub-writes.js";
import type { Db } from "../shared/store.js";
import type { IncomingMessage } from "node:http";
import DataLoader from "dataloader";
import { readActor, type AuthContext } from "../shared/auth.js";
import { composeCountries } from "../platform/countries/reference.js";
import type { OverlapsEngine } from "./analytics/engine.js";
import type { OverlapsServices } from "./services.js";
import type { Country } from "./types/country.js";

export type OverlapsContext = AuthContext & {
  loaders: { country: DataLoader<string, Country | null> };
  engine: OverlapsEngine;
  /** The request's time budget (the gateway's x-hub-timeout-ms). */
  deadline: Deadline;
  /** The gateway's count of forwarded writes when it sent this request: whether the hub snapshot must be read again. */
  writeMark: WriteMark | null;
  dataSetStore: Db;
  dataSetsImporting: () => ReadonlySet<string>;
};

export function createOverlapsContext({ store, settings, engine }: OverlapsServices, req?: IncomingMessage): OverlapsContext {
  return {
    ...readActor(req?.headers["x-hub-claims"], settings.authMode),
    authMode: settings.authMode,
    loaders: {
      country: new DataLoader<string, Country | null>(async (codes) =>
        composeCountries(
          codes,
          () => new Map(),
          (record) => ({ ...record }),
        ),
      ),
    },
    engine,
    deadline: Deadline.forRequest(req),
    writeMark: writeMarkOf(req),
    dataSetStore: store.db,
    dataSetsImporting: () => store.importingDataSets(),
  };
}
