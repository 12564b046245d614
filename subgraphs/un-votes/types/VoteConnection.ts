import { createConnectionType, type Connection } from "../../shared/connection.js";
import { Vote } from "./Vote.js";

// A session's listing is 18,000 edges: no middleware on these fields.
export const VoteConnection = createConnectionType("Vote", Vote, "A page of votes.", { simpleResolvers: true });
export type VoteConnection = Connection<Vote>;
