import "reflect-metadata";
import { startSubgraphProcess } from "../shared/subgraph-process.js";
import { overlapsSubgraph } from "./server.js";

startSubgraphProcess(overlapsSubgraph);
