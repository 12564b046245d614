/**
 * State codes of the manyios tables (IIGO 2.0) to the hub's codes. They are mostly ISO alpha-3,
 * with traps: `NA` is the Democratic Republic of the Congo (not a missing value), `GIN - GNQ` is
 * Equatorial Guinea, `ALG` Algeria, `AUH` Austria-Hungary, `KOS` Kosovo. Historical states keep
 * their own codes (`DDR`, `YUG`), as everywhere in the hub.
 */
import { findCountry } from "../../platform/countries/reference.js";

const NON_ISO: Readonly<Record<string, string>> = {
  NA: "COD",
  "GIN - GNQ": "GNQ",
  ALG: "DZA",
  AUH: "XAH",
  KOS: "UNK",
};

/** The hub's code for a manyios state code; null for one the hub does not know. */
export function hubCodeOfManyiosState(stateId: string): string | null {
  const code = NON_ISO[stateId] ?? stateId;
  return findCountry(code) ? code : null;
}
