import { createBodyTypes } from "../../shared/bodies/body-types.js";
import { Country } from "./country.js";

/** `Body` and `Activity` as the d10 subgraph serves them. */
export const { Body, Activity } = createBodyTypes(Country);
export type Activity = InstanceType<typeof Activity>;
