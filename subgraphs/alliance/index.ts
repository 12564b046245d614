import "reflect-metadata";
import { startSubgraphProcess } from "../shared/subgraph-process.js";
import { allianceSubgraph } from "./server.js";

startSubgraphProcess(allianceSubgraph);
