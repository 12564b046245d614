import { createConnectionType } from "../../shared/connection.js";
import { BodyRef } from "./bodies.js";

export const BodyConnection = createConnectionType("Body", BodyRef, "Bodies, hub bodies first, then registry IGOs by id.");
