/** The conformance corpus: every small supergraph the differential harness runs. */
import { abstractTypes } from "./abstract-types.js";
import { entities } from "./entities.js";
import { faults } from "./faults.js";
import { inaccessible } from "./inaccessible.js";
import { sharedFields } from "./shared-fields.js";

export const CASES = [inaccessible, sharedFields, entities, abstractTypes, faults];
