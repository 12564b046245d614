import "reflect-metadata";
import { subgraphInfo } from "../registry.js";
import { startSubgraphProcess } from "../shared/subgraph-service.js";
import { createUnVotesService } from "./server.js";
import { openUnVotesStore } from "./store.js";

startSubgraphProcess(subgraphInfo("un-votes"), (config) => createUnVotesService(openUnVotesStore(config.storeFile), config));
