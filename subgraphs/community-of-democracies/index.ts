import "reflect-metadata";
import { startSubgraphProcess } from "../shared/subgraph-process.js";
import { codSubgraph } from "./server.js";

startSubgraphProcess(codSubgraph);
