import { createBodyTypes } from "../../shared/bodies/body-types.js";
import { Country } from "./country.js";

/** `Body` and `Activity` as the community-of-democracies subgraph serves them. */
export const { Body, Activity } = createBodyTypes(Country);
export type Activity = InstanceType<typeof Activity>;
