import "reflect-metadata";
import { startSubgraphProcess } from "../shared/subgraph-service.js";
import { unVotesSubgraph } from "./server.js";

startSubgraphProcess(unVotesSubgraph);
