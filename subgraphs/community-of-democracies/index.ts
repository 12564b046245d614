import "reflect-metadata";
import { subgraphInfo } from "../registry.js";
import { startSubgraphProcess } from "../shared/subgraph-service.js";
import { createCodService } from "./server.js";
import { openCodStore } from "./store.js";

startSubgraphProcess(subgraphInfo("community-of-democracies"), (config) => createCodService(openCodStore(config.storeFile), config));
