import "reflect-metadata";
import { startSubgraphProcess } from "../shared/subgraph-service.js";
import { d10Subgraph } from "./server.js";

startSubgraphProcess(d10Subgraph);
