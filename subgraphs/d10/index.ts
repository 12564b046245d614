import "reflect-metadata";
import { startSubgraphProcess } from "../shared/subgraph-process.js";
import { d10Subgraph } from "./server.js";

startSubgraphProcess(d10Subgraph);
