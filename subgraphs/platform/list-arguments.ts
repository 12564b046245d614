/**
 * The longest list argument the hub takes (a group of every state it knows, 285, fits): a subgraph
 * refuses longer lists from any caller, and the gateway refuses them before planning
 * (HUB_MAX_LIST_ARGUMENT, this by default). One number, so the two never disagree unless an
 * operator sets the gateway's lower.
 */
export const MOST_LIST_ARGUMENT_ITEMS = 400;
