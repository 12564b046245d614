import "reflect-metadata";
import { subgraphInfo } from "../registry.js";
import { startSubgraphProcess } from "../shared/subgraph-service.js";
import { createAllianceService } from "./server.js";
import { openAllianceStore } from "./store.js";

startSubgraphProcess(subgraphInfo("alliance"), (config) => createAllianceService(openAllianceStore(config.storeFile), config));
