import "reflect-metadata";
import { subgraphInfo } from "../registry.js";
import { startSubgraphProcess } from "../shared/subgraph-service.js";
import { createD10Service } from "./server.js";
import { openD10Store } from "./store.js";

startSubgraphProcess(subgraphInfo("d10"), (config) => createD10Service(openD10Store(config.storeFile), config));
