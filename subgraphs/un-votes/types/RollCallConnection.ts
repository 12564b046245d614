import { createConnectionType, type Connection } from "../../shared/connection.js";
import { RollCall } from "./RollCall.js";

export const RollCallConnection = createConnectionType("RollCall", RollCall, "A page of roll calls.");
export type RollCallConnection = Connection<RollCall>;
