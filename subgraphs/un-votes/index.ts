import "reflect-metadata";
import { startSubgraphProcess } from "../shared/subgraph-process.js";
import { unVotesSubgraph } from "./server.js";

startSubgraphProcess(unVotesSubgraph);
