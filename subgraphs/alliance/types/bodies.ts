import { createBodyTypes } from "../../shared/bodies/body-types.js";
import { Country } from "./Country.js";

/** `Body` and `Activity` as the alliance subgraph serves them (its Alliance and caucus are bodies). */
export const { Body, Activity } = createBodyTypes(Country);
export type Activity = InstanceType<typeof Activity>;
