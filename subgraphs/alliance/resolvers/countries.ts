import type { AllianceContext } from "../loaders.js";
import type { Country } from "../types/Country.js";

/** The countries of `codes`, in that order; a code the reference does not know is left out. */
export async function countriesOf(codes: readonly string[], context: AllianceContext): Promise<Country[]> {
  const loaded = await context.loaders.country.loadMany(codes);
  return loaded.filter((country): country is Country => country !== null && !(country instanceof Error));
}
