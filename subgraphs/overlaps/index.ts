import "reflect-metadata";
import { startSubgraphProcess } from "../shared/subgraph-service.js";
import { overlapsSubgraph } from "./server.js";

startSubgraphProcess(overlapsSubgraph);
