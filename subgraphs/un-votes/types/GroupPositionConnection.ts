import { createConnectionType, type Connection } from "../../shared/connection.js";
import { GroupPosition } from "./GroupPosition.js";

export const GroupPositionConnection = createConnectionType("GroupPosition", GroupPosition, "A page of the group's positions, oldest roll call first.");
export type GroupPositionConnection = Connection<GroupPosition>;
