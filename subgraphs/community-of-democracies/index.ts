import "reflect-metadata";
import { startSubgraphProcess } from "../shared/subgraph-service.js";
import { codSubgraph } from "./server.js";

startSubgraphProcess(codSubgraph);
