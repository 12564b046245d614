import "reflect-metadata";
import { startSubgraphProcess } from "../shared/subgraph-service.js";
import { allianceSubgraph } from "./server.js";

startSubgraphProcess(allianceSubgraph);
