/** Per-request context of the overlaps subgraph, and the one engine per store it shares. */
import { Deadline } from "../platform/deadline.js";
import { writeMarkOf, type WriteMark } from "../platform/hub-writes.js";
import type { Db } from "../shared/store.js";
import type { IncomingMessage } from "node:http";
import DataLoader from "dataloader";
import { readActor, type AuthContext } from "../shared/auth.js";
import { composeCountries } from "../platform/countries/reference.js";
import { OverlapsEngine } from "./analytics/engine.js";
import { HubSnapshot } from "./hub-snapshot.js";
import type { OverlapsSettings } from "./settings.js";
import type { OverlapsStore } from "./store.js";
import type { Country } from "./types/Country.js";

const engines = new WeakMap<OverlapsStore, OverlapsEngine>();

export function engineFor(store: OverlapsStore, settings: OverlapsSettings): OverlapsEngine {
  let engine = engines.get(store);
  if (!engine) {
    engine = new OverlapsEngine(store, new HubSnapshot(settings.gatewayUrl));
    engines.set(store, engine);
  }
  return engine;
}

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

export function createOverlapsContext(store: OverlapsStore, settings: OverlapsSettings, req?: IncomingMessage): OverlapsContext {
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
    engine: engineFor(store, settings),
    deadline: Deadline.forRequest(req),
    writeMark: writeMarkOf(req),
    dataSetStore: store.db,
    dataSetsImporting: () => store.importingDataSets(),
  };
}
